# `__init_subclass__` and `__class_getitem__` are class methods even when
# written as plain functions, so `super().__init_subclass__()` reaches the
# parent's with the new class bound.
import abc


class Plugin:
    registry = []

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)


class Csv(Plugin, name="csv"):
    pass


class Json(Plugin):
    def __init_subclass__(cls, **kwargs):
        print("Json subclass", cls.__name__)
        super().__init_subclass__(**kwargs)


class Json5(Json, name="json5"):
    pass


print(Plugin.registry, Csv.plugin_name, Json5.plugin_name)


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        print("subclass", cls.__name__)


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


print(Square(3).area())
try:
    Shape()
except TypeError as e:
    print(e)


class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"


print(Box[int], type(Box.__dict__["__class_getitem__"]).__name__)
print(type(Plugin.__dict__["__init_subclass__"]).__name__)
