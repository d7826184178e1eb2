# Enum members whose values are tuples passed to __init__ (the docs'
# Planet), a custom __new__ setting _value_, and the functional API.
from enum import Enum, IntEnum, Flag


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.673e-11
        return G * self.mass / (self.radius * self.radius)


print(Planet.EARTH, Planet.EARTH.value, Planet.EARTH.mass)
print(round(Planet.MERCURY.surface_gravity, 3), Planet((5.976e+24, 6.37814e6)))


class Coin(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj

    PENNY = 1, 'one cent'
    NICKEL = 5, 'five cents'


print(Coin.NICKEL, Coin(1), Coin(1).label, list(Coin))

Animal = Enum('Animal', 'ANT BEE CAT DOG')
print(Animal.ANT, Animal.DOG.value, list(Animal), Animal)
Shape = Enum('Shape', [('SQUARE', 4), ('TRIANGLE', 3)])
print(Shape(3), Shape.SQUARE.value)
Level = IntEnum('Level', 'LOW, HIGH', start=10)
print(Level.HIGH, Level.HIGH + 1, repr(Level.LOW))
Perm = Flag('Perm', 'R W X')
print(Perm.R | Perm.X, [m.value for m in Perm])
Mapped = Enum('Mapped', {'A': 'a', 'B': 'b'})
print(Mapped('b'))
