# %-formatting of int and float subclasses and of objects with __int__/__index__/__float__.
from fractions import Fraction
from enum import IntEnum, IntFlag
class Color(IntEnum):
    RED = 1
class Perm(IntFlag):
    R = 4
    W = 2
class Meters(float): pass
class Count(int): pass
class Half:
    def __float__(self): return 0.5
class Idx:
    def __index__(self): return 11
print('%d %s %x %5.1f' % (Color.RED, Color.RED, Perm.R | Perm.W, Meters(2.25)))
print('%d items, %03d, %o' % (Count(7), Count(5), Count(8)))
print('%d %.3f %x %d' % (Fraction(7, 2), Fraction(1, 3), Idx(), Idx()))
print('%f %e' % (Half(), Count(3)))
try:
    print('%d' % 'x')
except TypeError as e:
    print(e)
try:
    print('%x' % 2.5)
except TypeError as e:
    print(e)
