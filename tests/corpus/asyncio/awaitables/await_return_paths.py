import asyncio


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


async def leaf(n):
    return n * 2


async def middle(n):
    a = await leaf(n)
    b = await leaf(a)
    return a + b


def gen(n):
    for i in range(n):
        x = yield i
        if x is not None:
            print("sent", x)
    return "done"


def outer():
    r = yield from gen(3)
    print("yield from gave", r)
    return r


async def deep(n):
    if n == 0:
        return 0
    return 1 + await deep(n - 1)


async def main():
    print(await middle(3))
    print([x for x in outer()])
    g = outer()
    print(next(g), g.send("a"), g.send(None))
    try:
        g.send("b")
    except StopIteration as e:
        print("stop", e.value)
    print(Noisy("a") is None, "after a")
    print(Noisy("b") is not None, "after b")
    t = [1, 2, 3]
    t[1] += 10
    print(t)
    print(await deep(200))
    try:
        await deep(5000)
    except RecursionError as e:
        print("recursion", e)
    c = leaf(1)
    await c
    try:
        await c
    except RuntimeError as e:
        print(e)


asyncio.run(main())
