# A class without a docstring has __doc__ None, not its base's; a
# dataclass without one gets its signature as the docstring.
from dataclasses import dataclass, field


class Shape:
    """Something with an area."""


class Square(Shape):
    def __init__(self, side):
        self.side = side


print(Shape.__doc__, Square.__doc__, Square(2).__doc__)
print("__doc__" in vars(Square), type("Circle", (Shape,), {}).__doc__)


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)


@dataclass
class Documented:
    """Kept as written."""
    x: int


print(Item.__doc__)
print(Documented.__doc__)
