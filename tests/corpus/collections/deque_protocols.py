# Indexing, comparisons, operators, iteration and reprs of deques.
from collections import deque

d = deque("abcde")
print(d[0], d[-1], d[2])
d[1] = "B"
del d[-2]
print(d, "a" in d, "z" in d, "z" not in d)
print(list(d), list(reversed(d)), sorted(d, reverse=True), tuple(d))
for i, x in enumerate(d):
    print(i, x, end="; ")
print()
print(type(iter(d)).__name__, type(reversed(d)).__name__)

print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([2, 1]))
print(deque([1, 2]) == [1, 2], deque([1], maxlen=5) == deque([1]))
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1]), deque([2]) > deque([1, 9]))
print(deque([1]) + deque([2, 3]), deque([1, 2], maxlen=3) + deque([3, 4]))
print(deque([1, 2]) * 2, 3 * deque("x"), deque([1, 2]) * 0, deque([1, 2], maxlen=3) * 3)

a = deque([1])
alias = a
a += [2, 3]
a += "xy"
print(a, a is alias)
a *= 2
print(a, a is alias)
a *= 0
print(a, a is alias)

r = deque()
r.append(r)
r.append([r])
print(r)
print(repr(deque([None, 1.5, "s", (1,)], maxlen=7)))
print(str(deque([[1], {2: 3}])))
print(f"{deque([1])}", "%s" % (deque([2]),))
print(deque.__name__, deque.__module__)
print(isinstance(d, deque), type(d) is deque)
m = {"k": deque([1])}
print(m, [deque(), deque([0])])

from collections import abc
print([isinstance(deque(), c) for c in (abc.Sequence, abc.MutableSequence, abc.Iterable, abc.Sized, abc.Hashable)])
