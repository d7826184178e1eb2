# functools.wraps copies __module__, __doc__ and __annotations__ into the
# wrapper's slots, not its __dict__ (which gets __wrapped__ and the
# wrapped function's own attributes); operator's callables have reprs.
import functools
import operator


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}{args}")
        return func(*args, **kwargs)
    return wrapper


def area(w: float, h: float = 1.0) -> float:
    "Area of a rectangle."
    return w * h


area.unit = "m2"
wrapped = logged(area)
print(wrapped(3, 4), wrapped.__name__, wrapped.__doc__, wrapped.__annotations__)
print(sorted(wrapped.__dict__), wrapped.unit, wrapped.__wrapped__ is area)

def plain():
    pass


plain.__doc__ = "set later"
plain.__module__ = "tools"
plain.__annotations__["x"] = int
plain.__defaults__ = ()
plain.flag = True
print(plain.__dict__, vars(plain), plain.__doc__, plain.__module__, plain.__annotations__)

print(operator.itemgetter(1), operator.itemgetter("a", 0), operator.attrgetter("real", "imag.x"))
print(operator.methodcaller("split", ",", maxsplit=1), operator.methodcaller("upper"))
rows = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(rows, key=operator.itemgetter(1, 0)))
