import inspect


def child():
    yield "c1"
    yield "c2"


def parent():
    c = child()
    print("  child state before:", inspect.getgeneratorstate(c))
    yield from c
    print("  child state after:", inspect.getgeneratorstate(c))


p = parent()
print(next(p))
print(inspect.getgeneratorstate(p))
print(next(p))
print(next(p, "parent exhausted"))
print(inspect.getgeneratorstate(p))
