import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, print, "call_later(0)")
    loop.call_soon(print, "call_soon 1")
    loop.call_at(loop.time(), print, "call_at(now)")
    loop.call_soon(print, "call_soon 2")
    loop.call_later(-5, print, "call_later(-5)")
    print("main scheduled everything")
    await asyncio.sleep(0)
    print("main after sleep(0)")
    await asyncio.sleep(0)
    print("main after second sleep(0)")


asyncio.run(main())
