class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattribute__(self, name):
        if name.startswith("_"):
            return object.__getattribute__(self, name)
        print("get", name)
        return getattr(object.__getattribute__(self, "_target"), name)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)

p = Proxy([1, 2])
p.append(3)
print(p._target)
p._x = 1
del p._x
class L(list):
    def __delitem__(self, i):
        print("deleting", i)
        super().__delitem__(i)
    def __iadd__(self, o):
        print("iadd")
        return super().__iadd__(o)
l = L([1, 2, 3])
del l[0]
l += [9]
print(l)
class D(dict):
    def __delitem__(self, k):
        super().__delitem__(k)
        print("deleted", k)
d = D(a=1)
del d["a"]
print(d, dict.__or__({1: 2}, {3: 4}), set.__or__({1}, {2}), set.__and__({1, 2}, {2}))
print(int | str, type(int | None))
print(sorted(object.__dir__(p))[:3])
