# dataclass options (slots, kw_only, KW_ONLY, InitVar, eq, unsafe_hash)
# and __init__'s argument-count messages, as CPython words them.
from dataclasses import dataclass, field
from dataclasses import dataclass, field, InitVar, fields, asdict, KW_ONLY
@dataclass(slots=True)
class P:
    x: int
    y: int = 0
p = P(1); print(p, P.__slots__, hasattr(p, "__dict__"))
@dataclass(kw_only=True)
class K:
    a: int
    b: str = "b"
print(K(a=1))
try: K(1)
except TypeError as e: print(e)
@dataclass
class C:
    name: str
    secret: str = field(repr=False, default="s")
    tags: list = field(default_factory=list)
    scale: InitVar[int] = 1
    _: KW_ONLY
    flag: bool = False
    def __post_init__(self, scale):
        self.name = self.name * scale
c = C("ab", scale=2, flag=True); print(c, [f.name for f in fields(c)], asdict(c))
@dataclass(eq=False)
class E: v: int
print(E(1) == E(1))
@dataclass(unsafe_hash=True)
class H: v: int
print(hash(H(1)) == hash(H(1)), len({H(1), H(1)}))
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e: print(e)
try:
    @dataclass
    class Mut:
        l: list = []
except ValueError as e: print(e)
@dataclass
class P:
    x: int
    y: int = 0
    z: list = field(default_factory=list)
for args in [(1, 2, 3, 4), ()]:
    try:
        P(*args)
    except TypeError as e:
        print(e)
@dataclass
class Q:
    a: int
for args in [(1, 2), (1, 2, 3)]:
    try:
        Q(*args)
    except TypeError as e:
        print(e)
@dataclass
class R:
    pass
try:
    R(1)
except TypeError as e:
    print(e)
