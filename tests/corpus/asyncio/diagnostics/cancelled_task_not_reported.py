import asyncio


async def sleeper():
    await asyncio.sleep(10)


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print("cancelled:", t.cancelled())
    t = None
    print("dropping a cancelled task prints nothing")


asyncio.run(main())
