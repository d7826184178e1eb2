# gen.throw(typ[, val[, tb]]): the value normalised as CPython does (an
# instance of the class, a tuple of arguments, one argument), and the
# TypeErrors for a separate value with an instance or a non-exception.
def gen10():
    while True:
        try:
            yield 1
        except Exception as e:
            print("got", type(e).__name__, e.args)
g = gen10(); next(g)
g.throw(KeyError, "k")
g.throw(KeyError, ("a", "b"))
g.throw(KeyError, KeyError("inst"))
g.throw(LookupError, KeyError("sub-inst"))
g.throw(KeyError, None, None)
g.throw(ValueError("v"), None)
for args in [(KeyError(), "x"), (int,), ("s",), (3,), (KeyError(), 1, None)]:
    try:
        g.throw(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    g.throw()
except TypeError as e:
    print("TypeError:", e)
async def c():
    pass
co = c()
w = co.__await__()
try:
    w.throw(KeyError, "w")
except KeyError as e:
    print("KeyError", e)
try:
    co.throw(5)
except TypeError as e:
    print("TypeError:", e)
