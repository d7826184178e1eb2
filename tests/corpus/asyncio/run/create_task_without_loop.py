# create_task() with no running loop: RuntimeError, then at shutdown the
# warning for the coroutine it was given.
import asyncio


async def job():
    pass


print("before")
asyncio.create_task(job())
