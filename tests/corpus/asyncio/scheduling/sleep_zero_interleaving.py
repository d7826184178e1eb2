import asyncio


async def count(name, n):
    for i in range(n):
        print(f"{name} {i}")
        await asyncio.sleep(0)
    print(f"{name} done")


async def main():
    await asyncio.gather(count("A", 3), count("B", 2), count("C", 1))


asyncio.run(main())
