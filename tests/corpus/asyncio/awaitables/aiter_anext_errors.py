# aiter() and anext() check the protocol when called, with CPython's
# messages; anext's default applies once the iterator is exhausted.
import asyncio


class BadAiter:
    def __aiter__(self):
        return 5


class Plain:
    pass


async def gen():
    yield "first"


async def main():
    for label, call in [
        ("aiter(BadAiter())", lambda: aiter(BadAiter())),
        ("aiter(Plain())", lambda: aiter(Plain())),
        ("aiter([1])", lambda: aiter([1])),
        ("anext(Plain())", lambda: anext(Plain())),
        ("anext(Plain(), 0)", lambda: anext(Plain(), 0)),
    ]:
        try:
            call()
        except TypeError as e:
            print(f"{label}: {e}")
    g = aiter(gen())
    print(await anext(g), await anext(g, "done"))


asyncio.run(main())
