point = (3, 4)
x, y = point
print(x, y, point[0], len(point), point + (5,), point * 2)
single = (1,)
not_tuple = (1)
print(type(single).__name__, type(not_tuple).__name__, ())
t = (1, 2, 2, 3, 2)
print(t.count(2), t.index(3), 2 in t, t[1:4], max(t))
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2), ("a", 1) < ("a", 2), (2,) > (1, 99))
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(pairs))
a, b = 1, 2
a, b = b, a
print(a, b)
