import asyncio


async def fail():
    raise ValueError("looked at")


async def main():
    task = asyncio.create_task(fail())
    await asyncio.sleep(0.1)
    print("exception:", repr(task.exception()))
    del task
    print("no warning after retrieving")


asyncio.run(main())
