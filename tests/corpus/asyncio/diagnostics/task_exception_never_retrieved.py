import asyncio


async def boom():
    print("boom running")
    raise RuntimeError("lost")


async def main():
    asyncio.create_task(boom())
    await asyncio.sleep(0.1)
    print("main end")


asyncio.run(main())
