# A private name in `__slots__` names the slot as the class body spells
# it (`_Point__x`), so methods reach it and outside code must mangle.


class Point:
    __slots__ = ("__x", "y")

    def __init__(self, x, y):
        self.__x = x
        self.y = y

    def x(self):
        return self.__x


p = Point(1, 2)
print(p.x(), p.y, p._Point__x)
for name in ["__x", "__z"]:
    try:
        setattr(p, name, 5)
    except AttributeError as e:
        print(f"AttributeError: {e}")
try:
    p.__x
except AttributeError as e:
    print(f"AttributeError: {e}")


class Point3(Point):
    __slots__ = "__z"

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.__z = z

    def coords(self):
        return self.x(), self.y, self.__z


print(Point3(1, 2, 3).coords())

try:

    class Clash:
        __slots__ = ("__v",)
        __v = 0

except ValueError as e:
    print(f"ValueError: {e}")
