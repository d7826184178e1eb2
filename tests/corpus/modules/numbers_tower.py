# numbers: int, float, bool and Fraction in the numeric tower.
import numbers
from fractions import Fraction
for v in [1, 1.5, True, Fraction(1, 3), 'x', None, [1]]:
    print(repr(v), [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(issubclass(int, numbers.Number), issubclass(float, numbers.Integral), issubclass(bool, numbers.Integral), issubclass(Fraction, numbers.Rational))
def mean(xs):
    if not all(isinstance(x, numbers.Real) for x in xs):
        raise TypeError('numbers only')
    return sum(xs) / len(xs)
print(mean([1, 2.5, Fraction(1, 2)]))
from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
