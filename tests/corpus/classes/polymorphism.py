class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")

    def __str__(self):
        return f"{type(self).__name__} with area {self.area():.2f}"


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.141592653589793 * self.r ** 2


for shape in [Rect(2, 3), Square(4), Circle(1)]:
    print(shape)
print(sum(s.area() for s in [Rect(1, 1), Square(2)]))
try:
    print(Shape())
except NotImplementedError as e:
    print("NotImplementedError:", e)
