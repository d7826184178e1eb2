def countdown(n):
    print("Starting")
    while n > 0:
        yield n
        n -= 1
    return "done"


def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        total += term
        count += 1
        average = total / count


def delegator(results, key):
    while True:
        results[key] = yield from averager()


def flatten(items, ignore_types=(str, bytes)):
    for x in items:
        if isinstance(x, Iterable) and not isinstance(x, ignore_types):
            yield from flatten(x)
        else:
            yield x


def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("closing")
        raise
    except ValueError as e:
        yield f"caught {e!r}"
    finally:
        print("cleanup")


gen = countdown(3)
first = next(gen)
rest = [*gen]
g = closer()
next(g)
g.throw(ValueError("x"))
g.close()
state = __import__("inspect").getgeneratorstate(g)
squares = (x * x for x in range(10))
total = sum(x for x in squares if x % 3 == 0)
pairs = list(zip(range(3), "abc"))
matrix = [[i * j for j in range(3)] for i in range(3)]
flat = [x for row in matrix for x in row if x]
table = {k: v for k, v in zip("abc", range(3))}
unique = {c.lower() for c in "Hello World" if c.isalpha()}
nested = ((i, j) for i in range(2) for j in range(i))
first, *middle, last = range(10)
(a, b), c = (1, 2), 3
x = y = z = 0
x, y = y, x
print(*range(3), sep=", ")
print(f"{first=} {last=!r} {total:08.3f} {pairs[0]!s:>10}")
lst = [1, 2, 3][::-1]
s = "abc"[1:] + 'def'[:-1]
n = -2 ** 2, (-2) ** 2, 2 ** -1, ~5, not 0
chained = 1 < 2 <= 3 != 4 == 4 > 0 >= -1
cond = "yes" if chained else "no"
walrus = [y for x in range(5) if (y := x * 2) > 2]
big = 9_223_372_036_854_775_807
hexes = 0xDEAD_BEEF, 0o777, 0b1010_1010
floats = 3.14, 1e-9, 2.5E+10, 1_000.000_1, 0.1 + 0.2
strs = 'single', "double", '''triple''', """triple""", r'raw\n', b'bytes'
esc = '\x00\x7f\u20ac\U0001f600' if False else '\n\t\\'
