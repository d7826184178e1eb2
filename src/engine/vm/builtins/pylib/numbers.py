# numbers: the numeric tower's abstract classes, with int, float and
# Fraction registered (coroscope has no complex). Their abstract methods are
# not listed: a subclass that leaves them out can still be instantiated.
import sys
from abc import ABCMeta

__all__ = ['Number', 'Complex', 'Real', 'Rational', 'Integral']


class Number(metaclass=ABCMeta):
    __slots__ = ()
    __hash__ = None


class Complex(Number):
    __slots__ = ()


class Real(Complex):
    __slots__ = ()


Real.register(float)


class Rational(Real):
    __slots__ = ()


class Integral(Rational):
    __slots__ = ()


Integral.register(int)

if 'fractions' in sys.modules:
    Rational.register(sys.modules['fractions'].Fraction)
