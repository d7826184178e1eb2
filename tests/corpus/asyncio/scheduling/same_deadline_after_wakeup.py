import asyncio


async def a():
    await asyncio.sleep(0.2)
    print("A woke at 0.2 (one sleep)")


async def b():
    await asyncio.sleep(0.1)
    await asyncio.sleep(0.1)
    print("B woke at 0.2 (two sleeps)")


async def main():
    await asyncio.gather(a(), b())


asyncio.run(main())
