# astuple recurses into nested dataclasses as asdict does, both copy what
# they do not rebuild, replace() refuses init=False fields, and
# make_dataclass builds a class from field specs.
from collections import namedtuple
from dataclasses import dataclass, field, asdict, astuple, replace, make_dataclass

Pair = namedtuple("Pair", "lo hi")


@dataclass
class Employee:
    name: str
    skills: list = field(default_factory=list)


@dataclass
class Team:
    name: str
    members: list
    span: Pair = Pair(0, 0)
    tags: set = field(default_factory=set)


t = Team("core", [Employee("ann", ["py"]), Employee("bob")], Pair(1, 5), {"x"})
print(astuple(t))
d = asdict(t)
print(d, type(d["span"]).__name__)
d["tags"].add("y")
print(sorted(t.tags), sorted(d["tags"]))


@dataclass
class Order:
    qty: int
    price: float
    total: float = field(init=False)

    def __post_init__(self):
        self.total = self.qty * self.price


o = Order(2, 1.5)
print(replace(o, qty=4))
for bad in (lambda: replace(o, total=1), lambda: replace(3), lambda: asdict(Order), lambda: astuple("x")):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

Point = make_dataclass("Point", ["x", ("y", int), ("z", int, field(default=0))],
                       namespace={"norm1": lambda self: abs(self.x) + abs(self.y) + abs(self.z)},
                       frozen=True)
p = Point(3, -4)
print(p, p.norm1(), Point.__annotations__, hash(p) == hash(Point(3, -4)))
for spec in (["a", "a"], ["class"], [("a", int, 1, 2)], ["1x"]):
    try:
        make_dataclass("Bad", spec)
    except TypeError as e:
        print(e)
