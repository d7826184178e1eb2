import asyncio


async def inner():
    try:
        await asyncio.sleep(5)
    finally:
        print("inner finally")


async def outer():
    t = asyncio.create_task(inner())
    try:
        await t
    finally:
        print("outer finally; inner cancelled:", t.cancelled())


async def main():
    task = asyncio.create_task(outer())
    await asyncio.sleep(0.1)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    print("outer cancelled:", task.cancelled())


asyncio.run(main())
