import math
from dataclasses import dataclass


@dataclass
class Circle:
    radius: float


@dataclass
class Rectangle:
    width: float
    height: float


@dataclass
class Triangle:
    base: float
    height: float


def area(shape):
    match shape:
        case Circle(radius=r):
            return math.pi * r ** 2
        case Rectangle(w, h) if w == h:
            print("  (a square)")
            return w * w
        case Rectangle(w, h):
            return w * h
        case Triangle(base=b, height=h):
            return b * h / 2
        case _:
            raise TypeError(f"not a shape: {shape!r}")


for s in [Circle(1), Rectangle(3, 4), Rectangle(2, 2), Triangle(6, 2.5)]:
    print(f"{s}: {area(s):.2f}")
try:
    area("hexagon")
except TypeError as e:
    print("error:", e)
