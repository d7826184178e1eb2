# math functions raise OverflowError "math range error" when a finite
# argument gives an infinite result, but pass infinities through.
import math

inf = float("inf")
cases = [
    ("exp", math.exp, (1000.0,)), ("exp", math.exp, (inf,)), ("exp", math.exp, (-inf,)),
    ("cosh", math.cosh, (1000.0,)), ("cosh", math.cosh, (inf,)), ("sinh", math.sinh, (-1000.0,)),
    ("exp2", math.exp2, (2000.0,)), ("expm1", math.expm1, (800.0,)),
    ("pow", math.pow, (10, 400)), ("pow", math.pow, (0.0, -1.0)), ("pow", math.pow, (-8.0, 1 / 3)),
    ("pow", math.pow, (inf, 2.0)), ("pow", math.pow, (0.0, -inf)), ("pow", math.pow, (2.0, 0.5)),
]
for name, f, args in cases:
    try:
        print(name, args, f(*args))
    except (OverflowError, ValueError) as e:
        print(name, args, type(e).__name__, e)
print(math.exp(1000))
