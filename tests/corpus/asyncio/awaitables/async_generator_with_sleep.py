import asyncio


async def ticker(interval, count):
    for i in range(count):
        await asyncio.sleep(interval)
        yield i, asyncio.get_running_loop().time()


async def main():
    async for i, t in ticker(0.25, 4):
        print(f"tick {i} at {t:.2f}")
    evens = [i async for i, _ in ticker(0.1, 6) if i % 2 == 0]
    print(evens)


asyncio.run(main())
