import asyncio


async def quick():
    return 42


async def other():
    print("other ran")


async def main():
    task = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print("task done?", task.done())
    asyncio.create_task(other())
    value = await task
    print("awaiting a finished task does not suspend:", value)
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
