# decimal quantize, to_integral_value, round and normalize under every rounding mode.
from decimal import *
modes = [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]
values = ['2.345', '2.355', '-2.345', '-2.355', '0.005', '1.0049', '2.5', '-2.5', '105', '0']
for m in modes:
    row = [str(Decimal(v).quantize(Decimal('0.01'), rounding=m)) for v in values]
    row += [str(Decimal(v).to_integral_value(rounding=m)) for v in values]
    print(m, ' '.join(row))
print(Decimal('7.325').quantize(Decimal('.01'), rounding=ROUND_DOWN), Decimal('7.325').quantize(Decimal('1.'), rounding=ROUND_UP))
print(Decimal('1234.5678').quantize(Decimal('1E2')), Decimal('1.41421356').quantize(Decimal('1.000')), Decimal('12').quantize(Decimal('0.000')))
print(round(Decimal('2.675'), 2), round(Decimal('2.5')), round(Decimal('3.5')), round(Decimal('-0.5')), round(Decimal('1234.5'), -2), type(round(Decimal('1.5'))))
print(Decimal('120.00').normalize(), Decimal('0.00').normalize(), Decimal('1E+3').normalize(), Decimal('-5.500').normalize(), Decimal('123.4500').normalize())
print(Decimal('2.50').to_integral_exact(), Decimal('-7.9').to_integral_value(), Decimal('1.5').same_quantum(Decimal('2.3')))
with localcontext(rounding=ROUND_HALF_UP):
    print(Decimal('0.125').quantize(Decimal('0.01')), round(Decimal('0.125'), 2), Decimal('2.5').to_integral_value())
try:
    Decimal('123.456').quantize(Decimal('1E-30'))
except InvalidOperation as e:
    print('InvalidOperation', e)
print(Decimal('123.456').quantize(Decimal('1E-30'), context=Context(prec=40)))
print(Decimal('NaN').quantize(Decimal('1.0')), Decimal('Infinity').quantize(Decimal('Infinity')))
