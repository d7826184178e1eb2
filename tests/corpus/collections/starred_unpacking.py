first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
head, *middle, tail = range(6)
print(head, middle, tail)
a, *b = [1]
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
for name, *scores in [("ann", 9, 8), ("bob", 7)]:
    print(name, scores)
combined = [*range(3), *"ab", *[None]]
print(combined)
d1 = {"a": 1, "b": 2}
d2 = {"b": 3, "c": 4}
print({**d1, **d2}, {*"hello"} == set("hello"))
print(*[1, 2], *(3, 4))
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print("ValueError:", e)
