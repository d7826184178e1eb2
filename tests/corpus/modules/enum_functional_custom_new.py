# The functional API (Enum('Name', 'A B')), an enum's own __new__ and
# __init__ for tuple values, and IntEnum's str of the int itself.
from enum import Enum, IntEnum, Flag, StrEnum
A = Enum('A', 'X Y Z')
print(list(A), A.Y.value, A(3), A['X'], repr(A), A.__module__, A.__qualname__)
B = Enum('B', ['P', 'Q'], start=10)
print(list(B))
C = IntEnum('C', [('LOW', 5), ('HIGH', 9)])
print(C.LOW + 1, list(C), C(9))
D = Enum('D', {'ONE': 'one', 'TWO': 'two'})
print(D('two'), D.ONE.value, len(D))
E = Flag('E', 'R W X')
print(list(E), E.R | E.W)
S = StrEnum('S', 'alpha beta')
print(list(S), S.alpha == 'alpha')
def f():
    return Enum('Local', 'a,b')
print(list(f()))
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH   = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        print("init", mass)
        self.mass = mass       # in kilograms
        self.radius = radius   # in meters
    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3), Planet((3.303e+23, 2.4397e6)))
class Color(IntEnum):
    RED = 1
    def __new__(cls, value):
        obj = int.__new__(cls, value * 10)
        obj._value_ = value
        return obj
print(Color.RED, Color(1), int(Color.RED), repr(Color.RED))
