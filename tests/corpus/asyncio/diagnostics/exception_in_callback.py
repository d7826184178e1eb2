import asyncio


def bad_callback(x):
    print("bad_callback running with", x)
    return 1 / x


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad_callback, 0)
    loop.call_soon(print, "the loop keeps going")
    await asyncio.sleep(0.1)
    print("main end")


asyncio.run(main())
