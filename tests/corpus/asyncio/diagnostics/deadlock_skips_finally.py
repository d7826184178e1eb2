# A program whose tasks all wait with no timer left would hang in CPython:
# the run ends there with status 1, and no `finally` or `except` runs.
import asyncio


async def waiter(ev):
    try:
        await ev.wait()
    finally:
        print("waiter cleanup")


async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(waiter(ev))
    await asyncio.sleep(2.5)
    print("still waiting at", asyncio.get_running_loop().time())
    try:
        await t
    except BaseException as e:
        print("main caught", type(e).__name__)
        raise
    finally:
        print("main cleanup")


try:
    asyncio.run(main())
except BaseException as e:
    print("outer", type(e).__name__)
finally:
    print("bye")
