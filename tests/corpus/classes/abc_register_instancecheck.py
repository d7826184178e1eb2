# ABCMeta.register, __subclasshook__, and a metaclass's __instancecheck__/__subclasscheck__.
    @abstractmethod
    def area(self): ...
class Sq(Shape):
    def area(self): return 4
class Circle:
    def area(self): return 3
Shape.register(Circle)
print(isinstance(Circle(), Shape), issubclass(Circle, Shape), isinstance(Sq(), Shape), isinstance(1, Shape))
class Duck(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Duck:
            return hasattr(C, 'quack')
        return NotImplemented
class Mallard:
    def quack(self): pass
print(isinstance(Mallard(), Duck), isinstance(1, Duck), issubclass(Mallard, Duck))
class Meta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, 'ok')
class Anything(metaclass=Meta): pass
class HasOk:
    ok = 1
print(isinstance(HasOk(), Anything), isinstance(1, Anything), isinstance(Anything(), Anything))
class SubMeta(type):
    def __subclasscheck__(cls, sub):
        return sub.__name__.startswith('A')
class Base(metaclass=SubMeta): pass
class Apple: pass
class Pear: pass
print(issubclass(Apple, Base), issubclass(Pear, Base), issubclass(Pear, (int, Base)))
try:
    Shape.register(5)
except TypeError as e:
    print(e)
try:
    Sq.register(Shape)
except RuntimeError as e:
    print(e)
print(Shape.register(Sq) is Sq)
