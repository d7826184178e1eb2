from dataclasses import dataclass, field, KW_ONLY
@dataclass
class U:
    a: int
    b: str
    c: float
    d: list = field(default_factory=list)
@dataclass(kw_only=True)
class K:
    v: bool = False
    level: int
    name: str
@dataclass
class M:
    a: int
    _: KW_ONLY
    k: int
    j: int = 0
tests = [lambda: U(), lambda: U(1), lambda: U(1, 2), lambda: U(1, 2, 3, 4, 5), lambda: U(1, x=2),
         lambda: U(1, 2, 3, 4, 5, zz=1), lambda: U(1, a=1), lambda: K(), lambda: K(level=1),
         lambda: K(1), lambda: K(1, level=2), lambda: M(), lambda: M(1), lambda: M(1, 2),
         lambda: M(1, 2, k=3), lambda: M(1, 2, k=3, j=3), lambda: M(a=1, k=2, q=1), lambda: U(1, 2, c=3, b=4)]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(e)
