import math
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...

    @abstractmethod
    def perimeter(self) -> float: ...

    def __lt__(self, other: "Shape") -> bool:
        return self.area() < other.area()

    def describe(self) -> str:
        return f"{self!r}: area={self.area():.2f}, perimeter={self.perimeter():.2f}"


class Rectangle(Shape):
    def __init__(self, width: float, height: float) -> None:
        self.width = width
        self.height = height

    def area(self) -> float:
        return self.width * self.height

    def perimeter(self) -> float:
        return 2 * (self.width + self.height)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.width}, {self.height})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Rectangle):
            return NotImplemented
        return (self.width, self.height) == (other.width, other.height)


class Square(Rectangle):
    def __init__(self, side: float) -> None:
        super().__init__(side, side)

    def __repr__(self) -> str:
        return f"Square({self.width})"


class Circle(Shape):
    def __init__(self, radius: float) -> None:
        self.radius = radius

    @property
    def diameter(self) -> float:
        return self.radius * 2

    def area(self) -> float:
        return math.pi * self.radius ** 2

    def perimeter(self) -> float:
        return 2 * math.pi * self.radius

    def __repr__(self) -> str:
        return f"Circle(r={self.radius})"


shapes = [Rectangle(3, 4), Square(2.5), Circle(1.5), Rectangle(2, 2), Circle(0.5)]
for s in sorted(shapes):
    print(s.describe())
print("Square(2) == Rectangle(2, 2):", Square(2) == Rectangle(2, 2))
print("Circle(1) == Circle(1):", Circle(1) == Circle(1))
print("diameter:", Circle(1.5).diameter)
print("is a Shape:", all(isinstance(s, Shape) for s in shapes))
print("Square MRO:", [c.__name__ for c in Square.__mro__])
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
