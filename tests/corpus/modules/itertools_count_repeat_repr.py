# itertools.count and repeat show their current state in their reprs.
import itertools
from fractions import Fraction
from decimal import Decimal

c = itertools.count(5)
print(c, next(c), c)
print(itertools.count(1.5, 0.5), itertools.count(0, Fraction(1, 3)))
d = itertools.count(Decimal('1.0'), Decimal('0.1'))
print(next(d), d, itertools.count(step=True), itertools.count(2, 1.0))
r = itertools.repeat('a', 3)
print(r, next(r), r, list(r), r)
print(itertools.repeat(7), itertools.repeat(1, -4), list(itertools.repeat(1, -4)))
print(list(zip(itertools.count(), 'xyz')), list(itertools.islice(itertools.repeat(None), 2)))
try:
    itertools.count('a')
except TypeError as e:
    print(e)
try:
    itertools.repeat(1, 'x')
except TypeError as e:
    print(e)
