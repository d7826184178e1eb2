# gen.throw(type, value) and agen.athrow(type, value), the old signature:
# an instance of the type is thrown as is, a tuple gives the arguments,
# anything else is the one argument.
import asyncio


def gen():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", repr(e))


g = gen()
next(g)
g.throw(ValueError, ValueError("as is"))
g.throw(ValueError, ("a", 1))
g.throw(ValueError, "one arg")
g.throw(ValueError, None)
for args in [(int,), (5,), (ValueError("a"), "b")]:
    try:
        g.throw(*args)
    except TypeError as e:
        print("TypeError:", e)


async def agen():
    try:
        yield 1
    except KeyError as e:
        print("agen caught", repr(e))
        yield 2


async def main():
    a = agen()
    await anext(a)
    print(await a.athrow(KeyError, KeyError("k")))


asyncio.run(main())
