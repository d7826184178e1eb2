from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__}: area={self.area():.2f}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    def perimeter(self):
        return 4 * self.s


class Base(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        pass


class Half(Shape):
    def area(self):
        return 1


print(Square(3).describe(), type(Shape), type(Base))
print(isinstance(Square(1), Shape), Shape.__abstractmethods__ == {"area", "perimeter"})
try:
    Half()
except TypeError as e:
    print(e)
try:
    Base()
except TypeError as e:
    print(e)
Shape()
