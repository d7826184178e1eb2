import asyncio


async def fetch():
    await asyncio.sleep(0.1)
    return "data"


async def main():
    loop = asyncio.get_running_loop()
    result = await asyncio.wait_for(fetch(), timeout=1.0)
    print(f"got {result!r} at {loop.time():.1f}")
    result = await asyncio.wait_for(fetch(), timeout=None)
    print(f"got {result!r} with no timeout at {loop.time():.1f}")
    await asyncio.sleep(2)
    print(f"no stray timeout fired; t={loop.time():.1f}")


asyncio.run(main())
