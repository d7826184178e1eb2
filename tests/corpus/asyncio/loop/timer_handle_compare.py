# TimerHandles order by deadline (ties by scheduling order), compare equal
# on deadline, callback, arguments and cancelled state, and hash by deadline.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    a = loop.call_later(1, print, "a")
    b = loop.call_later(1, print, "a")
    c = loop.call_later(2, print, "c")
    print(a == b, a != b, a <= b, a >= b, a < c, c > a, c >= a)
    print(sorted([c, b, a]) == [a, b, c], len({a, b, c}))
    print(hash(c) == hash(c.when()))
    h = loop.call_soon(print, "soon")
    print(h == h, h != a, a == "a")
    try:
        h < a
    except TypeError as e:
        print(e)
    b.cancel()
    print(a == b)
    await asyncio.sleep(3)


asyncio.run(main())
