import asyncio


async def main():
    loop = asyncio.get_running_loop()
    for _ in range(10):
        await asyncio.sleep(0.1)
    print(repr(loop.time()))
    print(loop.time() == 1.0, f"{loop.time():.3f}")
    await asyncio.sleep(0.2)
    print(repr(loop.time()))


asyncio.run(main())
