# A namedtuple class's docstring names its fields; a subclass keeps its own.
from collections import namedtuple

Point = namedtuple("Point", "x y")
Row = namedtuple("Row", ["id", "name", "score"], defaults=[0])


class Vec(Point):
    "A 2-D vector."
    __slots__ = ()


print(Point.__doc__)
print(Row.__doc__, Row(1, "a"))
print(Vec.__doc__, Vec(1, 2))
print(namedtuple("Empty", "").__doc__)
