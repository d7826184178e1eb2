import copy
from enum import StrEnum, Enum, IntEnum
class H(StrEnum):
    UP = "up"
class I(IntEnum):
    A = 5
class S(str):
    pass
class L(list):
    pass
s = S("hey"); s.x = 1
print(repr(copy.deepcopy(H.UP)), copy.deepcopy(H.UP) is H.UP, copy.copy(I.A) is I.A)
d = copy.deepcopy(s); print(repr(d), type(d).__name__, d.x)
c = copy.copy(s); print(repr(c), type(c).__name__, c.x)
l = L([1, [2]]); l.y = 2
d = copy.deepcopy(l); print(d, type(d).__name__, d.y, d[1] is l[1])
from dataclasses import dataclass, field, asdict
from typing import NamedTuple
from collections import OrderedDict, defaultdict, Counter
class NT(NamedTuple):
    a: int
    b: list
class D(dict):
    pass
@dataclass
class P:
    tags: list = field(default_factory=list)
class Sl:
    __slots__ = ("p", "__q")
    def __init__(self): self.p = [1]; self.__q = 2
    def q(self): return self.__q
nt = NT(1, [2])
print(copy.deepcopy(nt), copy.deepcopy(nt).b is nt.b, copy.copy(nt) is nt)
dd = D(a=[1]); dd.z = 3
e = copy.deepcopy(dd); print(e, type(e).__name__, e.z, e["a"] is dd["a"])
p = P([H.UP]); q = copy.deepcopy(p); print(q, q.tags is p.tags, q.tags[0] is H.UP)
sl = Sl(); t = copy.deepcopy(sl); print(t.p, t.p is sl.p, t.q())
err = ValueError("bad", 3); err.note = "n"; e2 = copy.deepcopy(err); print(repr(e2), e2.note, e2 is err)
od = OrderedDict(a=1); print(copy.deepcopy(od), copy.copy(defaultdict(list, a=[1])), copy.deepcopy(Counter("aab")))
f = lambda: 1
print(copy.deepcopy(f) is f, copy.deepcopy(len) is len, copy.deepcopy(range(3)), copy.deepcopy((1, "a")) == (1, "a"))
shared = [1]; pair = [shared, shared]; cp = copy.deepcopy(pair); print(cp[0] is cp[1], cp[0] is shared)
r = []; r.append(r); rc = copy.deepcopy(r); print(rc[0] is rc)
print(asdict(P([H.UP, I.A])))
class WithCopy:
    def __init__(self, v): self.v = v
    def __copy__(self): return WithCopy(self.v + 1)
print(copy.copy(WithCopy(1)).v)
class Red:
    def __init__(self, a): self.a = a
    def __reduce__(self): return (Red, (self.a * 2,))
print(copy.deepcopy(Red(2)).a, copy.copy(Red(3)).a)
