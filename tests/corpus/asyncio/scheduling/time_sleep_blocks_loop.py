import asyncio
import time


async def ticker():
    loop = asyncio.get_running_loop()
    for _ in range(4):
        print(f"tick at {loop.time():.1f}")
        await asyncio.sleep(0.5)


async def blocker():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.6)
    print(f"blocking at {loop.time():.1f}")
    time.sleep(1)
    print(f"unblocked at {loop.time():.1f}")


async def main():
    await asyncio.gather(ticker(), blocker())


asyncio.run(main())
