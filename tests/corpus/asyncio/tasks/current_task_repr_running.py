# A task printing itself: its coroutine runs, so the repr names the line
# it is at (also from a coroutine it awaits, which is the outer one's line).
import asyncio


async def helper():
    print(asyncio.current_task())
    await asyncio.sleep(0)


async def worker():
    print(asyncio.current_task())
    await helper()
    return asyncio.current_task()


async def main():
    t = asyncio.create_task(worker(), name="worker")
    me = await t
    print(me)
    print(repr(asyncio.current_task()).split(" cb=")[0])


asyncio.run(main())
