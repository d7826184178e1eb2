import asyncio


async def other():
    print("other runs")


async def main():
    loop = asyncio.get_running_loop()
    asyncio.create_task(other())
    await asyncio.sleep(-1)
    print("after sleep(-1), t =", loop.time())


asyncio.run(main())
