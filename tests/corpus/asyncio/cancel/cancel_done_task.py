import asyncio


async def quick():
    return "quick"


async def main():
    t = asyncio.create_task(quick())
    await t
    print("cancel a finished task:", t.cancel())
    print("still finished with", t.result())
    t2 = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    print("first cancel:", t2.cancel(), "second cancel:", t2.cancel())
    await asyncio.sleep(0)
    print("cancel after it is cancelled:", t2.cancel(), t2.cancelled())


asyncio.run(main())
