import re
FLAGS = re.VERBOSE | re.MULTILINE | re.DOTALL
STRINGCHUNK = re.compile('(.*?)(["\\\\\\x00-\\x1f])', FLAGS)
m = STRINGCHUNK.match('{\n  "age": 30', 4)
print(m, m.groups())
print(re.match('[\\x00-\\x1f]', 'a'))
print(re.match('["\\\\\\x00-\\x1f]', 'a'))
print(re.match('[ \\x00-\\x1f]', 'a', re.VERBOSE))
print(re.findall(r'\x41\u0042\101\t', 'AB A\t AB\x41\t'))
print(re.findall(r'[\x41-\x43]+', 'xxABCDx'))
for bad in [r'\q', r'[z-a]', r'\xZ1', r'[\b]']:
    try:
        print(re.compile(bad))
    except re.error as e:
        print("error", e)
