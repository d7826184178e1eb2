# weakref.ref: a reference that does not keep its object alive, callbacks
# at the moment the object dies (newest first), and reuse of the plain one.
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Node({self.name})"

    def __del__(self):
        print("__del__", self.name)


n = Node("n")
r1 = weakref.ref(n, lambda w: print("callback 1, target", w()))
r2 = weakref.ref(n, lambda w: print("callback 2, target", w()))
plain = weakref.ref(n)
print(plain is weakref.ref(n), r1 is r2, r1 == r2, r1 == plain)
print(hash(plain) == hash(n), plain() is n)
print(weakref.getweakrefcount(n), [w is plain for w in weakref.getweakrefs(n)])
print(type(plain), type(plain).__name__, weakref.ref is weakref.ReferenceType)
print(r1.__callback__ is not None, plain.__callback__)
print("dropping n")
del n
print("after:", r1(), plain(), r1 == plain, r1 == r1)
d = {plain: "kept its hash"}
print(d[plain])

for bad in ([1], 3, "text", (1, 2), {"a": 1}, None):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print(e)


def make():
    pass


print(weakref.ref(make)() is make)
print(weakref.ref(Node)() is Node)
g = (i for i in range(3))
wg = weakref.ref(g)
print(next(wg()))
del g
print(wg())
