import inspect


def gen():
    print("  inside:", inspect.getgeneratorstate(g))
    yield 1
    yield 2


g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
g.close()
print(inspect.getgeneratorstate(g))
print(inspect.isgenerator(g), inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(print))
