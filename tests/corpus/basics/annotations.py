from __future__ import annotations


class Point:
    x: int
    y: int

    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def moved(self, dx: int = 0, dy: int = 0) -> Point:
        return Point(self.x + dx, self.y + dy)


def describe(p: Point, label: str | None = None) -> str:
    name: str = label or "point"
    return f"{name} at ({p.x}, {p.y})"


count: int = 3
total: float
print(describe(Point(1, 2)))
print(describe(Point(1, 2).moved(dy=5), "moved"))
print(count)
