import asyncio


async def job(name):
    print(f"{name} step 1")
    await asyncio.sleep(0)
    print(f"{name} step 2")


async def main():
    for name in ["first", "second", "third"]:
        asyncio.create_task(job(name))
    print("main yields once")
    await asyncio.sleep(0)
    print("main back")
    await asyncio.sleep(0)
    print("main back again")
    await asyncio.sleep(0)


asyncio.run(main())
