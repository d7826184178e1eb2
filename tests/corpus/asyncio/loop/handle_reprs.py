import asyncio


def tick():
    pass


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(tick)
    t = loop.call_later(1.5, tick)
    print(h)
    print(t)
    t.cancel()
    print(t)
    await asyncio.sleep(0)


asyncio.run(main())
