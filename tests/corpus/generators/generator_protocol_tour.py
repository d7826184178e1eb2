import itertools
import inspect


def g():
    try:
        x = yield 1
        print("got", x)
        yield 2
    finally:
        print("cleanup")
    return "ret"


it = g()
try:
    it.send(5)
except TypeError as e:
    print(e)
print(next(it), it.send("hi"), inspect.getgeneratorstate(it))
try:
    next(it)
except StopIteration as e:
    print("stop", e.value, repr(e))
print(inspect.getgeneratorstate(it), it.gi_frame)


def bad():
    yield 1
    raise StopIteration("oops")


try:
    list(bad())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))


class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(3)), sum(Countdown(4)))
data = iter([1, 2, 3, None, 4])
print(list(iter(lambda: next(data), None)))
a, b = itertools.tee(range(3))
print(list(a), list(b))
gen = (i for i in range(3))
print(gen.__name__, gen.__qualname__, type(gen).__name__, iter(gen) is gen)


def echo():
    while True:
        try:
            v = yield
        except ValueError as e:
            print("caught", e)
            yield "recovered"


e = echo()
next(e)
print(e.throw(ValueError("bad")))
next(e)
try:
    e.throw(KeyError("k"))
except KeyError as k:
    print("propagated", k, inspect.getgeneratorstate(e))


def running():
    print(inspect.getgeneratorstate(r), r.gi_running)
    yield


r = running()
next(r)
print(r.gi_running, r.gi_yieldfrom, r.gi_code.co_name)
r.close()
r.close()


def chain2(*its):
    for i in its:
        yield from i


print(list(chain2("ab", [1], range(2))))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(list(itertools.islice(fib(), 10)), next(itertools.dropwhile(lambda x: x < 1000, fib())))
nested = [[1, [2, [3, [4]]]], 5]


def flatten(x):
    for i in x:
        if isinstance(i, list):
            yield from flatten(i)
        else:
            yield i


print(list(flatten(nested)))
g2 = g()
next(g2)
del g2
print("after del")
g3 = g()
next(g3)
g3.throw(RuntimeError("boom"))
