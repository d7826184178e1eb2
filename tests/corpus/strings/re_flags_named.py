# re's flags are RegexFlag values: they print by name and combine.
import re
print(re.I, re.IGNORECASE | re.M, repr(re.S), re.A | re.I)
print(re.I|re.A|re.M|re.X|re.S|re.U|re.L, f'{re.I}', format(re.I|re.M), '%d %s' % (re.I, re.I))
print(re.I.value, re.I.name, (re.I|re.M).name, re.I|0, 0|re.I, re.I+1, re.I&2, re.I == 2, hash(re.I) == 2)
print(~re.I, re.RegexFlag(10), re.compile('a', re.I).flags, repr(re.compile('a', re.I|re.M)), re.NOFLAG, re.I | re.NOFLAG, [re.I], bool(re.NOFLAG), int(re.I), isinstance(re.I, int))
flags = 0
flags |= re.IGNORECASE
flags |= re.MULTILINE
print(flags, re.findall(r'^hello', 'Hello\nhello', flags))
print(re.search('a.b', 'A\nB', re.I | re.S).group(), re.sub('x', '-', 'XxX', flags=re.I))
print(re.compile(r'''\d+  # digits
   \s*''', re.VERBOSE).findall('12 34'))
