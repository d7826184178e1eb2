# decimal.Decimal arithmetic, mixing with ints, and the context's precision, rounding and flags.
from decimal import Decimal, getcontext, localcontext, setcontext, Context, BasicContext, ROUND_DOWN, Inexact
print(Decimal('0.1') + Decimal('0.2'), 0.1 + 0.2, Decimal('0.1') + Decimal('0.2') == Decimal('0.3'))
price = Decimal('19.99')
print(price * 3, 3 * price, price - 20, 100 - price, price / 4, price // 4, price % 4, divmod(price, 4), -price, abs(-price))
print(Decimal(1) / Decimal(7), Decimal(2) ** 10, Decimal('1.05') ** 30, Decimal(2) ** -3, Decimal('1.10') ** 2)
print(sum([Decimal('0.10')] * 10), sum(Decimal(n) / 100 for n in range(1, 6)))
print(Decimal('1.30') + Decimal('1.20'), Decimal('1.30') * Decimal('1.20'), Decimal('7.00') / Decimal('2'))
print(Decimal(10) < 11, Decimal('2.50') == Decimal('2.5'), Decimal(3) == 3, Decimal('0.1') == 0.1, max(Decimal('1.5'), 2), sorted([Decimal('2.2'), 1, Decimal('-0.5')]))
print(hash(Decimal('2.50')) == hash(2.5), hash(Decimal(7)) == hash(7), {Decimal('1.0'): 'one'}[1])
print(getcontext())
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal('123456789') + 0, Decimal(2).sqrt(), Decimal('1.5') * Decimal('1.5'))
print(getcontext())
getcontext().clear_flags()
with localcontext() as ctx:
    ctx.prec = 40
    ctx.rounding = ROUND_DOWN
    print(Decimal(2).sqrt(), Decimal(1) / 3, ctx)
print(Decimal(2).sqrt(), getcontext().prec, getcontext().flags[Inexact])
with localcontext(prec=3) as ctx:
    print(Decimal('3.14159') * 1, +Decimal('2.71828'))
setcontext(Context(prec=9))
print(Decimal(1).exp(), Decimal(10).ln(), Decimal(1000).log10(), Decimal(2) ** Decimal('0.5'))
setcontext(BasicContext)
print(getcontext(), Decimal(1) / 3)
getcontext().traps[Inexact] = True
try:
    Decimal(2) / 3
except Inexact as e:
    print('trapped:', repr(e), e)
print(getcontext().flags)
