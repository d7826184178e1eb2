import asyncio


async def fail():
    raise ValueError("nobody looks at me")


async def main():
    task = asyncio.create_task(fail())
    await asyncio.sleep(0.1)
    print("task failed, but main still holds it:", task.done())
    print("main end")


asyncio.run(main())
print("after asyncio.run")
