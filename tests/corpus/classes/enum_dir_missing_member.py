# An enum class's missing attribute is an AttributeError naming just the
# attribute; dir() of an enum and of its members lists what CPython's does.
from enum import Enum, Flag, auto


class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1

    def describe(self):
        return self.name.lower()


class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


class Perm(Flag):
    R = auto()
    W = auto()


print(dir(Color))
print(dir(Color.RED))
print(dir(Planet.EARTH))
print(dir(Perm), dir(Perm.R | Perm.W))
print(hasattr(Color, "BLUE"), getattr(Color, "BLUE", "none"))
try:
    Color.BLUE
except AttributeError as e:
    print("AttributeError:", e)
print(Color.PURPLE)
