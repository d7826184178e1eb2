import math, statistics
from decimal import Decimal
from fractions import Fraction
# statistics keeps Decimal and Fraction data in their own type.
print(repr(statistics.mean([Decimal("0.5"), Decimal("1.5"), Decimal("2")])))
print(repr(statistics.mean([Fraction(1, 2), Fraction(1, 3)])))
print(repr(statistics.median([Decimal("1.1"), Decimal("2.2")])))
# math.prod's start keyword.
print(math.prod([1.5, 2], start=2), math.prod([], start=5), math.prod(range(1, 6), start=Fraction(1, 2)))
