class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


a, b, c = Point(1, 2), Point(1, 2), Point(2, 1)
print(a == b, a is b, a != c, a == "Point(1, 2)")
unique = []
seen = set()
for p in [a, b, c, Point(2, 1)]:
    if p not in seen:
        seen.add(p)
        unique.append(p)
print(unique, len(seen))
lookup = {a: "first"}
print(lookup[b])
