from collections import namedtuple
from typing import NamedTuple
P = namedtuple("P", "x y")
class T(NamedTuple):
    a: str
class L(list):
    def __repr__(self): return "L!"
class D(dict):
    def __repr__(self): return "D!"
class I(int):
    def __repr__(self): return "I!"
for v in [P(1, 2), T("x"), L(), D(), I(3)]:
    print(f"{v}", str(v), repr(v), "%s" % (v,), [v])
