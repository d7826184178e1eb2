from collections.abc import Awaitable, Coroutine, Generator, Iterable, Iterator, Callable, Sized


def gen():
    yield


async def coro():
    pass


g = gen()
c = coro()
for obj, name in [(g, "generator"), (c, "coroutine"), ([1], "list"), (iter([1]), "list_iterator"), (len, "len")]:
    checks = [cls.__name__ for cls in (Iterable, Iterator, Generator, Awaitable, Coroutine, Callable, Sized) if isinstance(obj, cls)]
    print(f"{name:14} {checks}")
c.close()
