# decimal conversions (float, int, tuples, ratios), special values and the InvalidOperation/DivisionByZero traps.
import math
from decimal import *
print(Decimal(0.1), Decimal(1.5), Decimal(-2.0), Decimal(float('inf')), Decimal.from_float(0.25), Decimal(10**30))
print(int(Decimal('7.9')), int(Decimal('-7.9')), float(Decimal('0.1')), float(Decimal('-Infinity')), math.floor(Decimal('-2.5')), math.ceil(Decimal('2.1')), math.trunc(Decimal('-3.99')))
print(Decimal('1.10').as_tuple(), Decimal('-0').as_tuple(), Decimal('NaN').as_tuple(), Decimal('Infinity').as_tuple(), Decimal('0.75').as_integer_ratio(), Decimal('12E2').as_integer_ratio())
print(Decimal('NaN') == Decimal('NaN'), Decimal('NaN') != 1, Decimal('Infinity') > 10**100, Decimal('-Infinity') < 0, Decimal('NaN').is_nan(), Decimal('sNaN').is_snan(), Decimal('-0').is_signed(), Decimal('Inf').is_infinite())
print(Decimal(16).sqrt(), Decimal('0.25').sqrt(), Decimal(0).sqrt(), Decimal('1E4').sqrt(), Decimal('2.0').adjusted(), Decimal('-5').copy_abs(), Decimal(5).copy_sign(Decimal(-1)))
print(Decimal('Infinity') + 1, Decimal('NaN') * 2, Decimal(1) / Decimal('Infinity'), Decimal('-Infinity') * -1, Decimal('5').compare(Decimal('NaN')))
print(DecimalTuple, ROUND_HALF_EVEN, MAX_PREC, Decimal.__module__, InvalidOperation.__mro__[1:3], issubclass(DivisionByZero, ZeroDivisionError))
for text in ['abc', '1.2.3', '', '1e', '--1']:
    try:
        Decimal(text)
    except InvalidOperation as e:
        print(repr(text), type(e).__name__, e)
for a, b in [(1, 0), (0, 0), (-1, 0)]:
    try:
        print(Decimal(a) / b)
    except (DivisionByZero, InvalidOperation) as e:
        print(a, b, type(e).__name__, e, isinstance(e, ZeroDivisionError))
for bad in [lambda: Decimal(-1).sqrt(), lambda: Decimal('Infinity') - Decimal('Infinity'), lambda: Decimal(1) // 0, lambda: Decimal(10) % 0,
            lambda: Decimal('1E999999') * 10, lambda: int(Decimal('NaN')), lambda: int(Decimal('-Infinity')), lambda: Decimal(1) + 1.5,
            lambda: Decimal(1) < 'x', lambda: hash(Decimal('sNaN')), lambda: Decimal([1, 2]), lambda: round(Decimal('Infinity'))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(getcontext())
getcontext().traps[DivisionByZero] = False
print(Decimal(1) / 0, Decimal(-3) / 0, getcontext().flags[DivisionByZero])
print(Decimal('12.5') / Decimal('0'))
Decimal('1,000')
