# weakref: references die with their target (callbacks run then), a
# WeakValueDictionary cache forgets unused instances (Python Cookbook
# 8.25), a child keeps a weak link to its parent (8.23), and finalize.
import gc
import weakref


class Spam:
    _cache = weakref.WeakValueDictionary()

    def __new__(cls, name):
        if name in cls._cache:
            return cls._cache[name]
        self = super().__new__(cls)
        self.name = name
        cls._cache[name] = self
        return self


a, b, c = Spam("foo"), Spam("bar"), Spam("foo")
print(a is c, a is b, sorted(Spam._cache))
del a, c
print(sorted(Spam._cache))


class Node:
    def __init__(self, value):
        self.value = value
        self._parent = None
        self.children = []

    @property
    def parent(self):
        return None if self._parent is None else self._parent()

    def add_child(self, child):
        self.children.append(child)
        child._parent = weakref.ref(self, lambda r: print("parent gone"))


root = Node("root")
leaf = Node("leaf")
root.add_child(leaf)
print(leaf.parent.value, weakref.getweakrefcount(root))
del root
print(leaf.parent)

seen = weakref.WeakSet([leaf])
print(len(seen), leaf in seen)
ring = Node("ring")
ring.children.append(ring)
weakref.finalize(ring, print, "ring finalized")
del ring
gc.collect()
keep = Node("keep")
weakref.finalize(keep, print, "keep finalized at exit")
try:
    weakref.ref(42)
except TypeError as e:
    print("TypeError:", e)
print("end")
