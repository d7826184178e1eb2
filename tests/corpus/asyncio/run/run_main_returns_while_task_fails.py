import asyncio


async def flaky():
    await asyncio.sleep(0.5)
    raise ConnectionError("peer went away")


async def main():
    task = asyncio.create_task(flaky())
    await asyncio.sleep(0.1)
    print("main returns before the task fails")
    return task


task = asyncio.run(main())
print("task cancelled by shutdown:", task.cancelled())
