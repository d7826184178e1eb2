# Conversions that fail: str() with an encoding, int() and float() through
# dunders returning the wrong type, too large an int for a float.
class BadInt:
    def __int__(self):
        return "1"

class BadFloat:
    def __float__(self):
        return 1

class BadIndex:
    def __index__(self):
        return 1.5

cases = [
    "str(1, 'utf-8')",
    "str(b'abc', 'ascii')",
    "str(b'abc', encoding='utf-8')",
    "str(b'a', 'nope')",
    "str('a', 'utf-8')",
    "str(b'a', 1)",
    "str(b'a', 'utf-8', 'strict', 1)",
    "int(BadInt())",
    "float(BadFloat())",
    "int(BadIndex())",
    "float(10 ** 400)",
    "int(float('inf'))",
    "divmod(1.5, 0)",
    "next(iter([]), 'default')",
]
for s in cases:
    try:
        print(s, "->", repr(eval(s)))
    except Exception as e:
        print(s, "->", type(e).__name__, e)

async def coro():
    pass

c = coro()
try:
    next(c)
except TypeError as e:
    print("next(coroutine) ->", e)
c.close()

def gen():
    yield

g = gen()
next(g)
for bad in (1, "s", None):
    try:
        g.throw(bad)
    except TypeError as e:
        print("throw", repr(bad), "->", e)
try:
    raise ValueError("v") from 1
except TypeError as e:
    print("raise from 1 ->", e)
