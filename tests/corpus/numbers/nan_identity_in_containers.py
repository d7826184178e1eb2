# Containers compare by identity before ==, so the same NaN object is
# found in a list and makes equal lists, though nan != nan.
nan = float("nan")
values = [1.0, nan, 3.0]
copy = list(values)
print(nan == nan, values == copy, (nan,) == (nan,), {"k": nan} == {"k": nan})
print(nan in values, values.index(nan), values.count(nan), nan in {nan}, {nan: "x"}[nan])
import collections
d = collections.deque(values)
print(nan in d, d.count(nan), d.index(nan))
for v in values:
    print(values.index(v), end=" ")
print()
values.remove(nan)
print(values, nan != nan, [nan] != [nan])
