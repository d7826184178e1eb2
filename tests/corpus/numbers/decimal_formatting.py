# decimal str, repr and format specs (fixed, grouped, exponent, general, percent, fill and align).
from decimal import Decimal
values = [Decimal('1234567.891'), Decimal('-0.005'), Decimal('1E+3'), Decimal('0.000001234'), Decimal('-0'), Decimal('100'), Decimal('NaN'), Decimal('-Infinity')]
for d in values:
    print(str(d), repr(d), f"{d}", f"{d:.2f}", f"{d:,.2f}", f"{d:>14,.3f}", f"{d:e}", f"{d:.3E}", f"{d:g}", f"{d:.4g}", f"{d:%}")
d = Decimal('1234.5')
print(f"[{d:<12}] [{d:^12.1f}] [{d:*>12.2f}] [{d:=+12.2f}] [{d:012.2f}] [{d: .1f}] [{d:+,}] [{d:z.0f}]")
print(f"{Decimal('-0.0001'):z.2f}", f"{Decimal('0.1') * 3:.30f}", f"{Decimal('12.5'):.0f}", f"{Decimal('13.5'):.0f}", format(Decimal('0.5'), '.0%'))
print(Decimal('1.10'), Decimal('1e-7'), Decimal('1.23E+10'), Decimal('-12E-3'), Decimal('0E-10'), Decimal('123E+1'), Decimal('5e100'))
print(Decimal(' 1_000.5 '), Decimal('-Inf'), Decimal('snan'), Decimal('-nan123'), Decimal((1, (3, 1, 4), -2)), Decimal(12345678901234567890))
print([Decimal('1.5'), Decimal('-2')], {'a': Decimal('0.25')}, (Decimal(3),))
print('{:,.2f}'.format(Decimal('9876543.219')), '%s' % Decimal('2.50'), '%.1f' % Decimal('2.25'))
for spec in ['x', '#.2f', 'n']:
    try:
        print(format(Decimal('1.5'), spec))
    except (ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)
