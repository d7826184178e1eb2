from decimal import Decimal
from fractions import Fraction
# Fraction takes a Decimal exactly, as it takes a float.
for d in ["0.5", "-1.25", "3", "1e-3", "123.456"]:
    print(d, Fraction(Decimal(d)))
print(Fraction(Decimal("0.1")) == Fraction(1, 10), Fraction(0.1) == Fraction(1, 10))
Fraction(Decimal("NaN"))
