class A:
    def hello(self):
        return "A"
class B(A):
    def hello(self):
        return "B>" + super().hello()
class C(A):
    def hello(self):
        return "C>" + super().hello()
class D(B, C):
    def hello(self):
        return "D>" + super().hello()
print(D().hello(), [k.__name__ for k in D.__mro__])
d = dict.fromkeys("abc", 0)
d.setdefault("d", []).append(1)
d.update(x=1, y=2)
print(d, d.popitem(), d | {"z": 9}, {**d, "a": 5})
class P:
    name = "pt"
    items = [10, 20]
print("{0.name} {0.items[1]} {1[k]}".format(P(), {"k": "v"}), "{:>{}}".format("x", 4))
o = P()
setattr(o, "dyn", 5); print(getattr(o, "dyn"), getattr(o, "nope", "default")); delattr(o, "dyn"); print(hasattr(o, "dyn"))
lst = [1, 2]
lst.append(lst)
print(lst, repr(lst))
dd = {"a": 1}
dd["self"] = dd
print(dd)
try:
    for k in dd:
        dd["new"] = 1
except RuntimeError as e:
    print(e)
try:
    s = {1, 2}
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)
def outer():
    count = 0
    def inc():
        nonlocal count
        for _ in range(3):
            count += 1
        return count
    return inc()
print(outer())
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda t: t[1]), sorted("bBaA", key=str.lower))
print(list(reversed({"a": 1, "b": 2})), dict(sorted({"b": 1, "a": 2}.items())), min({}, default="empty"))
x = [1, 2, 3]
y = x
y += [4]
print(x, x is y, [1, 2] * 0, divmod(-7, 2), 0 or "", None or 0, 3 and 4)
