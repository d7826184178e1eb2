import asyncio


async def straggler():
    print("straggler started")
    await asyncio.sleep(5)
    print("never printed")


async def main():
    try:
        await asyncio.sleep(10)
    finally:
        print("main cleanup spawns a task during shutdown")
        asyncio.create_task(straggler())


async def runner():
    t = asyncio.create_task(main())
    await asyncio.sleep(0.1)
    print("runner exits, leaving main pending")


asyncio.run(runner())
print("program end")
