import math
from functools import total_ordering


@total_ordering
class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x: float = 0, y: float = 0) -> None:
        self.x = x
        self.y = y

    def __iter__(self):
        yield self.x
        yield self.y

    def __repr__(self) -> str:
        return f"Vector({self.x!r}, {self.y!r})"

    def __str__(self) -> str:
        return str(tuple(self))

    def __format__(self, spec: str) -> str:
        if spec.endswith("p"):
            fmt = spec[:-1]
            return f"<{abs(self):{fmt}}, {math.degrees(math.atan2(self.y, self.x)):{fmt}}°>"
        return "(" + ", ".join(format(c, spec) for c in self) + ")"

    def __abs__(self) -> float:
        return math.hypot(self.x, self.y)

    def __bool__(self) -> bool:
        return bool(abs(self))

    def __add__(self, other: "Vector") -> "Vector":
        return Vector(self.x + other.x, self.y + other.y)

    def __mul__(self, k: float) -> "Vector":
        return Vector(self.x * k, self.y * k)

    def __neg__(self) -> "Vector":
        return Vector(-self.x, -self.y)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Vector) and tuple(self) == tuple(other)

    def __lt__(self, other: "Vector") -> bool:
        return abs(self) < abs(other)

    def __hash__(self) -> int:
        return hash((self.x, self.y))


v, w = Vector(3, 4), Vector(1.5, -2)
print(v, repr(w), abs(v))
print(v + w, v * 2, -w)
print(f"{w:.2f} | {v:.3p} | {Vector(0, 1):.1p}")
print(bool(Vector()), bool(v))
print(sorted([v, w, Vector(1, 1)]))
print(v >= w, v <= w, max([v, w]))
print(len({Vector(1, 2), Vector(1, 2), Vector(2, 1)}))
x, y = v
print(x, y)
try:
    v.z = 5
except AttributeError as e:
    print("AttributeError:", e)
