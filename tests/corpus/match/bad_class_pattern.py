# A class without __match_args__ accepts only keyword sub-patterns.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def describe(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(x, y):
            return f"point {x}, {y}"


print(describe(Point(0, 0)))
print(describe(Point(1, 2)))
