# asyncio's submodules, as programs and books name them: the same
# objects as the package's.
import asyncio
import asyncio.exceptions
from asyncio.queues import QueueEmpty
from asyncio import tasks
import asyncio.locks as locks


async def slow():
    await asyncio.sleep(5)


async def main():
    print(asyncio.exceptions.CancelledError is asyncio.CancelledError)
    print(asyncio.exceptions.TimeoutError is TimeoutError, QueueEmpty is asyncio.QueueEmpty)
    print(tasks.gather is asyncio.gather, locks.Lock is asyncio.Lock)
    print(asyncio.events.AbstractEventLoop, asyncio.futures.Future)
    t = asyncio.create_task(slow())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.exceptions.CancelledError:
        print("Our task was cancelled")
    try:
        await asyncio.wait_for(slow(), 1)
    except asyncio.exceptions.TimeoutError:
        print("timed out")


asyncio.run(main())
