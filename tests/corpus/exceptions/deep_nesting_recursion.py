l = []
for i in range(100000):
    l = [l]
try:
    repr(l)
except RecursionError as e:
    print('RE', e)
a = []; b = []
for i in range(100000):
    a = [a]; b = [b]
try:
    print(a == b)
except RecursionError as e:
    print('RE', e)
d = {}
for i in range(100000):
    d = {'k': d}
try:
    str(d)
except RecursionError as e:
    print('RE', e)
t = ()
for i in range(100000):
    t = (t,)
print(t == t)
try:
    print(len(str(t)))
except RecursionError as e:
    print('RE', e)
x = [1, [2, [3, [4]]]]
print(x, x == [1, [2, [3, [4]]]], x < [1, [2, [3, [5]]]])
a = {}; b = {}
for i in range(100000):
    a = {'k': a}; b = {'k': b}
try:
    print(a == b)
except RecursionError as e:
    print('RE', e)
s = frozenset()
for i in range(50000):
    s = frozenset([s])
print(len(s))
