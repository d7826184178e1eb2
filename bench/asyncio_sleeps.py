import asyncio


async def worker(i):
    for k in range(10):
        await asyncio.sleep((i * 7 + k * 3) % 10 / 10)
    return i


async def main():
    tasks = [asyncio.create_task(worker(i)) for i in range(10_000)]
    for t in tasks:
        await t
    print(asyncio.get_running_loop().time())


asyncio.run(main())
