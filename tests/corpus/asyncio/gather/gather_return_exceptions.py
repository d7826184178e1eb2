import asyncio


async def ok(n):
    await asyncio.sleep(0.1 * n)
    return n


async def bad(n):
    await asyncio.sleep(0.1 * n)
    raise ValueError(f"bad {n}")


async def main():
    results = await asyncio.gather(ok(1), bad(2), ok(3), bad(1), return_exceptions=True)
    for r in results:
        print(type(r).__name__, repr(r))


asyncio.run(main())
