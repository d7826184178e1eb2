# The metaclass= keyword: abc.ABCMeta gives the abstract-method check,
# metaclass=type changes nothing, and a function as metaclass is called
# with the name, bases and namespace and its result is the class.
import abc


class Shape(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def area(self): ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


print(Square(3).describe(), isinstance(Square(1), Shape))
try:
    Shape()
except TypeError as e:
    print(e)


class Half(Shape):
    pass


try:
    Half()
except TypeError as e:
    print(e)


class Plain(metaclass=type):
    x = 1


print(type(Plain).__name__, Plain.x)


def registering(name, bases, ns):
    print("creating", name, bases, sorted(k for k in ns if not k.startswith("__")))
    ns["registered"] = True
    return type(name, bases, ns)


class Service(metaclass=registering):
    port = 80

    def url(self):
        return f"http://localhost:{self.port}"


print(Service.registered, Service().url(), Service.__name__)
