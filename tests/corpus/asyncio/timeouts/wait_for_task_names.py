import asyncio


async def report():
    print("running in", asyncio.current_task().get_name())
    await asyncio.sleep(0.1)
    return "ok"


async def main():
    print(await asyncio.wait_for(report(), 1))
    t = asyncio.create_task(report())
    print(await asyncio.wait_for(t, 1), t.get_name())


asyncio.run(main())
