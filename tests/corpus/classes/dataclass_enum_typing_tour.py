from dataclasses import dataclass, field, InitVar, fields, FrozenInstanceError, KW_ONLY
from enum import Enum, IntEnum, StrEnum, auto, unique, Flag
from typing import NamedTuple, Protocol, TypedDict, Generic, TypeVar, ClassVar


@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0

    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


p = Point(3, 4)
print(p, p.dist(), hash(p) == hash(Point(3, 4)), p == Point(3, 4))
try:
    p.x = 5
except FrozenInstanceError as e:
    print("frozen:", e)


@dataclass
class Config:
    name: str
    debug: bool = False
    tags: list[str] = field(default_factory=list)
    secret: str = field(default="", repr=False, compare=False)
    count: ClassVar[int] = 0
    scale: InitVar[int] = 1
    _: KW_ONLY
    level: int = 3

    def __post_init__(self, scale):
        self.level *= scale


c = Config("app", tags=["a"], scale=2, level=5)
print(c, [f.name for f in fields(c)], Config.count)


@dataclass(slots=True, kw_only=True)
class Slotted:
    a: int
    b: int = 2


s = Slotted(a=1)
print(s, hasattr(s, "__dict__"), Slotted.__slots__)


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

    def describe(self):
        return f"{self.name.lower()} ({self.value})"

    @classmethod
    def default(cls):
        return cls.RED


print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.RED.describe(), Color.default(), list(Color), len(Color))
print(Color.RED in Color, Color.RED is Color(1), Color.RED == 1, {c: c.value for c in Color})


class Prio(IntEnum):
    LOW = auto()
    HIGH = auto()


print(Prio.LOW < Prio.HIGH, Prio.HIGH + 1, sorted([Prio.HIGH, Prio.LOW]), int(Prio.HIGH), f"{Prio.LOW}")


class Mode(StrEnum):
    READ = auto()
    WRITE = "w"


print(Mode.READ, Mode.WRITE.upper(), Mode("w"), f"{Mode.READ}", Mode.READ == "read", repr(Mode.READ))


class Emp(NamedTuple):
    name: str
    dept: str = "eng"
    salary: float = 0.0

    def raise_(self, pct):
        return self._replace(salary=self.salary * (1 + pct))


e = Emp("ann", salary=100.0)
print(e, e.raise_(0.1), e._fields, Emp._field_defaults, e[0], isinstance(e, tuple))


class Movie(TypedDict):
    title: str
    year: int


m: Movie = {"title": "x", "year": 1999}
print(m, type(m).__name__)
T = TypeVar("T")


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item


print(Box[int](5).get(), Box("s").get())


class Greeter(Protocol):
    def greet(self) -> str: ...


class En:
    def greet(self):
        return "hello"


def welcome(g: Greeter):
    return g.greet()


print(welcome(En()))


@unique
class Dup(Enum):
    A = 1
    B = 1
