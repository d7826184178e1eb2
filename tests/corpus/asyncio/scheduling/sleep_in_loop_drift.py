import asyncio


async def periodic(period, count):
    loop = asyncio.get_running_loop()
    start = loop.time()
    for i in range(1, count + 1):
        await asyncio.sleep(period)
        print(f"tick {i}: {loop.time() - start:.3f}")


asyncio.run(periodic(0.3, 5))
