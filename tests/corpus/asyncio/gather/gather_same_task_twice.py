import asyncio


async def compute():
    print("computing once")
    await asyncio.sleep(0.1)
    return 7


async def main():
    t = asyncio.create_task(compute())
    print(await asyncio.gather(t, t, t))


asyncio.run(main())
