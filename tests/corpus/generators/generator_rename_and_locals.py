# A generator's __name__ and __qualname__ can be set (strings only), and
# inspect.getgeneratorlocals / getcoroutinelocals read its frame's locals.
import inspect


def countdown(n):
    while n > 0:
        yield n
        n -= 1


g = countdown(3)
print(inspect.getgeneratorlocals(g))
next(g)
next(g)
print(inspect.getgeneratorlocals(g))
g.__name__ = "renamed"
g.__qualname__ = "Module.renamed"
print(g.__name__, g.__qualname__, countdown.__name__)
try:
    g.__name__ = 42
except TypeError as e:
    print("TypeError:", e)
list(g)
print(inspect.getgeneratorlocals(g))
try:
    inspect.getgeneratorlocals([1])
except TypeError as e:
    print("TypeError:", e)


async def fetch(url):
    size = len(url)
    return size


c = fetch("http://x")
print(inspect.getcoroutinelocals(c))
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value, inspect.getcoroutinelocals(c))
