import abc
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r ** 2
    @property
    def name(self): return "circle"
print(Circle(2).describe())
try:
    Shape()
except TypeError as e:
    print(e)
class Half(Shape):
    def area(self): return 1
try:
    Half()
except TypeError as e:
    print(e)

class Temperature:
    def __init__(self): self._c = 0
    @property
    def celsius(self): return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15: raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self): print("deleting"); del self._c
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32, doc="F")
t = Temperature(); t.celsius = 100; print(t.celsius, t.fahrenheit, Temperature.fahrenheit.__doc__)
try: t.celsius = -300
except ValueError as e: print(e)
try: t.fahrenheit = 5
except AttributeError as e: print(e)
del t.celsius
class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind): raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
class Person:
    name = Typed(str); age = Typed(int)
    def __init__(self, n, a): self.name = n; self.age = a
    def __repr__(self): return f"Person({self.name!r}, {self.age})"
p = Person("Al", 3); print(p, vars(p))
try: p.age = "x"
except TypeError as e: print(e)
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["created_by"] = mcs.__name__
        return super().__new__(mcs, name, bases, ns)
class W(metaclass=Meta): pass
print(W.created_by, type(W), W.__class__.__name__, isinstance(W, Meta))
class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
class A:
    def __init__(self): print("A"); super().__init__()
class B(A):
    def __init__(self): print("B"); super().__init__()
class C(A):
    def __init__(self): print("C"); super().__init__()
class D(B, C):
    def __init__(self): print("D"); super().__init__()
D(); print([k.__name__ for k in D.__mro__])
class Cls:
    count = 0
    def __init__(self): Cls.count += 1
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def helper(x): return x * 2
Cls.make(); Cls(); print(Cls.count, Cls.helper(4), Cls().helper(5))
print(type(Cls.__dict__["make"]).__name__)
