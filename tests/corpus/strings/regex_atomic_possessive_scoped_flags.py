# Python 3.11's atomic groups and possessive quantifiers, scoped inline
# flags and comments, as fnmatch.translate writes them.
import re
import fnmatch

print(re.match(r'(?>a*)a', 'aaa'), re.match(r'a*+a', 'aaa'), re.match(r'a*a', 'aaa'))
print(re.fullmatch(r'(?:ab|a)++c', 'ababc'), re.match(r'x{1,2}+x', 'xxx'))
print(re.search(r'(?i:hello) World', 'HELLO World'), re.search(r'(?i:hello) World', 'hello world'))
print(re.findall(r'(?s:<.+?>)', '<a\nb> <c>'), re.match(r'(?i)a(?-i:B)c', 'ABC'))
print(re.match(r'(?#a comment)\d+', '42'))
for bad in ['(?z)', '(?i', 'a(?#open', '(?-:x)']:
    try:
        re.compile(bad)
    except re.error as e:
        print("re.error:", e)
names = ['main.py', 'README.md', 'test_main.py', 'setup.cfg', 'Notes.PY']
print(fnmatch.filter(names, '*.py'), fnmatch.filter(names, '[!t]*.py'))
print(fnmatch.fnmatch('data_2024.csv', 'data_[0-9]*.csv'), fnmatch.fnmatchcase('Notes.PY', '*.py'))
print(fnmatch.translate('*.t?t'), fnmatch.translate('a*b*c'))
