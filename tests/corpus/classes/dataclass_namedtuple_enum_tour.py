from dataclasses import dataclass, field, asdict, astuple, replace, fields
from typing import NamedTuple, Optional
from functools import cached_property
import enum

@dataclass(order=True, frozen=True)
class Card:
    rank: int
    suit: str = field(compare=False)
    tags: tuple = ()

@dataclass
class Inventory:
    items: list = field(default_factory=list)
    owner: Optional[str] = None
    count: int = field(default=0, repr=False)
    def __post_init__(self):
        self.count = len(self.items)
    @cached_property
    def total(self):
        print("computing")
        return sum(self.items)

c = sorted([Card(10, "h"), Card(2, "s"), Card(5, "d")])
print(c, c[0] < c[1], Card(2, "x") == Card(2, "y"))
try:
    c[0].rank = 3
except Exception as e:
    print(type(e).__name__, e)
inv = Inventory([1, 2, 3], "me")
print(inv, inv.total, inv.total, asdict(inv), astuple(Card(1, "a")))
print(replace(Card(1, "a"), rank=9), [f.name for f in fields(Card)], hash(Card(1, "a")) == hash(Card(1, "b")))

class Point(NamedTuple):
    x: float
    y: float = 0.0
    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
p = Point(3, 4)
print(p, p.dist(), p._asdict(), Point._fields, p._replace(x=0), Point(1))

class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = enum.auto()
print(Color.RED, repr(Color.BLUE), Color(2), Color["GREEN"], list(Color), Color.RED.name, Color.BLUE.value)
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, Perm(7), Perm.R in (Perm.R | Perm.X), int(Perm.W | Perm.X))
class Status(str, enum.Enum):
    OK = "ok"
    ERR = "err"
print(Status.OK == "ok", Status("err"), f"{Status.OK}", Status.OK.value)
try:
    Color(7)
except ValueError as e:
    print(e)
