import asyncio


async def worker(i):
    print(f"start {i}")
    await asyncio.sleep(0.1)
    print(f"wake {i}")


async def main():
    await asyncio.gather(*(worker(i) for i in range(6)))
    print("all awake")


asyncio.run(main())
