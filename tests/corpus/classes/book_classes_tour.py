from abc import ABC, abstractmethod
from dataclasses import dataclass, field, asdict, astuple, replace
from typing import NamedTuple
import functools

class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...
    def __str__(self):
        return f"{type(self).__name__} with area {self.area():.2f}"

class Circle(Shape):
    __slots__ = ('r',)
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2

try:
    Shape()
except TypeError as e:
    print(e)
c = Circle(2)
print(c)
try:
    c.x = 1
except AttributeError as e:
    print(e)

@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0
    tags: tuple = ()

p = Point(1, 2)
print(p, asdict(p), astuple(p), replace(p, y=5), p == Point(1, 2), hash(p) == hash(Point(1, 2)))
try:
    p.x = 3
except Exception as e:
    print(type(e).__name__, e)

class Emp(NamedTuple):
    name: str
    dept: str = 'eng'
e = Emp('ann')
print(e, e._asdict(), e._replace(dept='ops'), Emp._fields)

class Base:
    registry = []
    def __init_subclass__(cls, /, prefix='', **kw):
        super().__init_subclass__(**kw)
        cls.prefix = prefix
        Base.registry.append(cls.__name__)
class A(Base, prefix='a'): pass
class B(A, prefix='b'): pass
print(Base.registry, A.prefix, B.prefix, B.__mro__)

class Vec:
    def __init__(self, *xs): self.xs = list(xs)
    def __repr__(self): return f"Vec({', '.join(map(repr, self.xs))})"
    def __add__(self, o): return Vec(*(a + b for a, b in zip(self.xs, o.xs)))
    def __mul__(self, k): return Vec(*(a * k for a in self.xs))
    __rmul__ = __mul__
    def __eq__(self, o): return isinstance(o, Vec) and self.xs == o.xs
    def __hash__(self): return hash(tuple(self.xs))
    def __len__(self): return len(self.xs)
    def __getitem__(self, i): return self.xs[i]
    def __bool__(self): return any(self.xs)
    def __abs__(self): return sum(x * x for x in self.xs) ** 0.5
print(Vec(1, 2) + Vec(3, 4), 3 * Vec(1, 2), Vec(1) == Vec(1), len(Vec(1, 2, 3)), Vec(3, 4)[1], bool(Vec(0)), abs(Vec(3, 4)))
print(list(Vec(1, 2, 3)), {Vec(1): 'x'}[Vec(1)])

class Lazy:
    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(name)
        return f"computed {name}"
print(Lazy().foo)

class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v):
        if v < -273: raise ValueError("too cold")
        self._c = v
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def unit(): return 'C'
t = Temp.make(); t.c = 20
print(t.c, Temp.unit())
try:
    t.c = -300
except ValueError as e:
    print(e)

try:
    len(5)
except TypeError as e:
    print(e)
try:
    'a' + 1
except TypeError as e:
    print(e)
try:
    [1][2]
except IndexError as e:
    print(e)
try:
    {}['k']
except KeyError as e:
    print(repr(e), e)
try:
    int('x')
except ValueError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    f = lambda x: x
    f(1, 2)
except TypeError as e:
    print(e)
try:
    Circle()
except TypeError as e:
    print(e)
class Err(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    try:
        raise KeyError('inner')
    except KeyError as ke:
        raise Err(5) from ke
except Err as e:
    print(e, e.code, repr(e.__cause__), e.args)
print(functools.reduce(lambda a, b: a * b, range(1, 6)))
