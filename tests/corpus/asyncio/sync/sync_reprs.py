# The primitives' reprs are object.__repr__ plus their state, so a
# subclass shows its own name.
import asyncio
import re


def show(obj):
    print(re.sub(r" at 0x[0-9a-f]+", "", repr(obj)))


class AuditLock(asyncio.Lock):
    pass


async def main():
    cond = asyncio.Condition()
    show(cond)
    async with cond:
        show(cond)
    lock = AuditLock()
    show(lock)
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    show(lock)
    lock.release()
    await waiter
    lock.release()
    show(asyncio.Event())
    show(asyncio.BoundedSemaphore(2))
    show(asyncio.Barrier(2))


asyncio.run(main())
