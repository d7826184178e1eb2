from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
Color = namedtuple("Color", "red green blue", defaults=[0])
p = Point(3, 4)
print(p, p.x, p[1], p == (3, 4), len(p))
x, y = p
print(x + y)
print(p._replace(x=10), p._asdict(), Point._fields)
print(Color(255, 128), Color(1, 2, 3).blue)
print(Point._make([7, 8]), sorted([Point(2, 1), Point(1, 5)]))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
