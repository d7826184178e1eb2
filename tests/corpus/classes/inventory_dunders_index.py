# OOP: inventory system with class hierarchy, __eq__/__hash__, sorting, str formatting
from functools import total_ordering
@total_ordering
class Item:
    def __init__(self, name, price, qty=0):
        self.name, self.price, self.qty = name, price, qty
    def __eq__(self, other):
        if not isinstance(other, Item): return NotImplemented
        return (self.name, self.price) == (other.name, other.price)
    def __lt__(self, other):
        return self.price < other.price
    def __hash__(self):
        return hash((self.name, self.price))
    def __repr__(self):
        return f"Item({self.name!r}, {self.price})"
    def __format__(self, spec):
        if spec == "short": return self.name[:3]
        return format(str(self), spec)
    def __str__(self):
        return f"{self.name} @ ${self.price:.2f}"
    @property
    def total(self): return self.price * self.qty
items = [Item("widget", 2.5, 10), Item("gadget", 10, 2), Item("doohickey", 0.75, 100), Item("widget", 2.5)]
print(sorted(items), max(items), Item("a", 1) <= Item("b", 1), Item("a", 2) >= Item("b", 1))
print(len(set(items)), items[0] == items[3], items[0] is items[3], items.index(Item("gadget", 10)))
print(f"{items[0]:short} {items[1]:>20} {items[2]!r:>30}|")
print(sum(i.total for i in items), sorted(items, key=lambda i: i.total, reverse=True)[0])
report = "\n".join(f"{i.name:<10}{i.qty:>5}{i.total:>10.2f}" for i in items)
print(report)
print(str(items[0]), repr(items[0]), format(items[0]), "%s | %r" % (items[0], items[0]))
class Container:
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __len__(self): return len(self._d)
    def __contains__(self, k): return k in self._d
    def __iter__(self): return iter(self._d)
    def __call__(self, *a): return f"called with {a}"
    def __bool__(self): return bool(self._d)
c = Container(); print(bool(c)); c["a"] = 1; c["b"] = 2; del c["a"]
print(len(c), "b" in c, list(c), c(1, 2), bool(c), dict.fromkeys(c, 0))
try: c["zz"]
except KeyError as e: print("KeyError", e)
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), [x for x in Seq()])
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    __radd__ = __add__
    def __iadd__(self, o): self.v += o; return self
    def __neg__(self): return Num(-self.v)
    def __repr__(self): return f"Num({self.v})"
    def __int__(self): return self.v
    def __index__(self): return self.v
    def __round__(self, n=None): return Num(round(self.v, n))
n = Num(3); n += 2; print(n, 1 + n, n + n, -n, sum([Num(1), Num(2)]), int(n), [0, 1, 2, 3, 4, 5][n], bin(n), round(Num(2.567), 1))
