# fractions.Fraction: construction, arithmetic with ints and floats, hashing, rounding.
from fractions import Fraction
import math
a = Fraction(1, 3) + Fraction(1, 6)
print(a, repr(a), float(a), a.numerator, a.denominator)
print(Fraction('3/4') * 2, Fraction(0.5), Fraction('-1.25e1'), Fraction(' 7 '), Fraction('1_000/3'), Fraction(1.1))
print(Fraction(6, -4), Fraction(Fraction(1, 2), Fraction(3, 4)), Fraction(5))
x = Fraction(7, 3)
print(x + 1, 1 + x, x - 2, 2 - x, x * 3, 3 * x, x / 2, 2 / x, x // 1, x % 1, divmod(x, 1), -x, abs(-x), +x)
print(x + 0.5, 0.5 + x, x ** 2, x ** -2, Fraction(-2, 3) ** -3, 2 ** Fraction(2), 4 ** Fraction(1, 2), x ** 0.5)
print(x == Fraction(14, 6), x == 7/3, Fraction(1, 2) == 0.5, x < 3, x > 2.3, x <= Fraction(7, 3), 1 < x)
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(3)) == hash(3), hash(Fraction(1, 3)))
print(int(x), int(-x), math.floor(-x), math.ceil(x), math.trunc(-x), round(x), round(Fraction(5, 2)), round(Fraction(7, 2)), round(x, 2), round(Fraction(12345, 1), -2))
print(Fraction(math.pi).limit_denominator(1000), Fraction('3.14159').limit_denominator(100), Fraction(1, 3).as_integer_ratio())
print(sum([Fraction(1, 3)] * 3), sum(Fraction(1, n) for n in range(1, 5)), bool(Fraction(0)), sorted([Fraction(1, 2), Fraction(1, 3), 0.4]))
print(f"{x}", format(x), str(Fraction(4, 2)), Fraction.from_float(0.25), {Fraction(1, 2): 'half'}[Fraction(2, 4)])
print(max(Fraction(1, 7), Fraction(1, 6)), min([Fraction(3), 2.5]))
for bad in ['1/0', 'abc', '1.2/3']:
    try:
        print(Fraction(bad))
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    Fraction(1, 2) / 0
except ZeroDivisionError as e:
    print(e)
try:
    Fraction(1.5, 2)
except TypeError as e:
    print(e)
h = [Fraction(1, 2)] * 2
print(h, isinstance(Fraction(1), Fraction))
print(Fraction(0) ** -1)
