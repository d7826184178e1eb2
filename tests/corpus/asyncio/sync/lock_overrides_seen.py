# `async with` on a Lock subclass or a patched Lock calls the replaced
# methods; cancelled waiters neither block a free lock nor get woken.
import asyncio


class CountingLock(asyncio.Lock):
    acquired = 0

    async def acquire(self):
        CountingLock.acquired += 1
        return await super().acquire()

    def release(self):
        print("  release", CountingLock.acquired)
        super().release()


def state(lock):
    return repr(lock).split(" [")[1]


async def holder(lock, name, delay):
    async with lock:
        print(name, "holds", lock.locked())
        await asyncio.sleep(delay)
    print(name, "done")


async def main():
    lock = CountingLock()
    await asyncio.gather(holder(lock, "a", 0), holder(lock, "b", 0))

    lock = asyncio.Lock()
    original = asyncio.Lock.release

    def patched(self):
        print("  patched release")
        original(self)

    asyncio.Lock.release = patched
    async with lock:
        print("inside", state(lock))
    asyncio.Lock.release = original
    print("after", state(lock))

    lock = asyncio.Lock()
    await lock.acquire()
    w1 = asyncio.create_task(holder(lock, "w1", 0))
    w2 = asyncio.create_task(holder(lock, "w2", 0))
    await asyncio.sleep(0)
    print(state(lock))
    w1.cancel()
    await asyncio.sleep(0)
    lock.release()
    await asyncio.gather(w1, w2, return_exceptions=True)
    print(state(lock))

    lock = asyncio.Lock()
    await lock.acquire()
    w = asyncio.create_task(holder(lock, "w", 0))
    await asyncio.sleep(0)
    w.cancel()
    await asyncio.sleep(0)
    print(state(lock), len(lock._waiters))
    lock.release()
    print(await lock.acquire(), state(lock))
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    lock = asyncio.Lock()
    await lock.acquire()
    w = asyncio.create_task(holder(lock, "w", 0))
    await asyncio.sleep(0)
    w.cancel()
    lock.release()
    print(state(lock), [f.cancelled() for f in lock._waiters])
    print(await lock.acquire(), state(lock))
    lock.release()
    print(await asyncio.gather(w, return_exceptions=True), state(lock))

    lock = asyncio.Lock()
    lock.note = "an attribute of its own"
    async with lock:
        print("with note", lock.locked())


asyncio.run(main())
