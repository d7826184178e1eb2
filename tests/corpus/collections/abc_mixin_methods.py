# Subclasses of collections.abc's classes get CPython's mixin methods.
from collections.abc import (Iterator, Mapping, MutableMapping, MutableSequence,
                             MutableSet, Sequence, Set)


class Config(Mapping):
    def __init__(self, d):
        self._d = dict(d)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


c = Config({"host": "x", "port": 80})
print(c.get("host"), c.get("nope", 0), "port" in c, "x" in c)
print(list(c.keys()), list(c.items()), list(c.values()), len(c.keys()))
print(c == {"host": "x", "port": 80}, c != {"host": "y"}, dict(c))
print(c.keys() & {"port", "zz"}, ("port", 80) in c.items(), 80 in c.values())


class LowerDict(MutableMapping):
    def __init__(self, *args, **kw):
        self._d = {}
        self.update(*args, **kw)

    def __getitem__(self, k):
        return self._d[k.lower()]

    def __setitem__(self, k, v):
        self._d[k.lower()] = v

    def __delitem__(self, k):
        del self._d[k.lower()]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


ld = LowerDict({"A": 1}, B=2)
ld.setdefault("C", 3)
print(dict(ld), ld.pop("a"), ld.pop("zz", "none"), ld.popitem(), dict(ld))
try:
    ld.pop("missing")
except KeyError as e:
    print("KeyError", e)
ld.clear()
print(len(ld), ld.get("b"))


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i

    def __len__(self):
        return self.n


s = Squares(5)
print(list(s), 9 in s, s.index(16), s.count(4), list(reversed(s)))


class Stack(MutableSequence):
    def __init__(self):
        self._items = []

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, v)


st = Stack()
st.append(1)
st.extend([2, 3, 4])
st += [5]
st.remove(2)
print(list(st), st.pop(), st.pop(0), list(st))
st.reverse()
print(list(st), st.index(3))


class Bag(MutableSet):
    def __init__(self, it=()):
        self._s = set(it)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(sorted(self._s))

    def __len__(self):
        return len(self._s)

    def add(self, x):
        self._s.add(x)

    def discard(self, x):
        self._s.discard(x)


b = Bag([1, 2, 3])
print(list(b | Bag([4])), list(b & Bag([2, 9])), list(b - Bag([1])), list(b ^ Bag([3, 4])))
print(Bag([1]) <= b, b == Bag([3, 2, 1]), b.isdisjoint([7]), isinstance(b, Set))
b |= [7]
b -= [1]
print(list(b), b.pop() in (2, 3, 7), len(b))


class Count(Iterator):
    def __init__(self):
        self.i = 0

    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i


it = Count()
print(iter(it) is it, list(it))
