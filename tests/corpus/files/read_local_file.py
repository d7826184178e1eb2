import os
from collections import defaultdict

by_dept = defaultdict(list)
with open('people.csv') as f:
    print(f)
    for line in f:
        name, age, dept = line.strip().split(',')
        by_dept[dept].append((name, int(age)))
for dept, people in sorted(by_dept.items()):
    ages = [a for _, a in people]
    print(f'{dept}: {len(people)} people, mean age {sum(ages) / len(ages):.1f}')
print(os.path.exists('people.csv'), os.path.splitext('people.csv'))
with open('people.csv') as f:
    print(repr(f.readline()), len(f.read().splitlines()))
try:
    open('people.csv').write('x')
except Exception as e:
    print(type(e).__name__, e)
with open('people.csv', 'rb') as f:
    print(f, f.readline(), len(f.read()))
with open('missing.csv') as f:
    print(f.read())
