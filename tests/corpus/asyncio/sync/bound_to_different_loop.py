# A Lock, Queue or Event made at module level binds to the loop it first
# waits in; waiting in a later asyncio.run's loop is a RuntimeError.
# One that never waited (no contention) binds to nothing.
import asyncio

lock = asyncio.Lock()
queue = asyncio.Queue()
event = asyncio.Event()


async def use_lock(tag):
    async with lock:
        await asyncio.sleep(0.1)
        print(tag, "had the lock")


async def contend():
    await asyncio.gather(use_lock("a"), use_lock("b"))


async def uncontended():
    async with lock:
        print("uncontended lock is fine")
    await queue.put(1)
    print("got", await queue.get())


async def wait_queue():
    await asyncio.wait_for(queue.get(), 0.1)


async def wait_event():
    await asyncio.wait_for(event.wait(), 0.1)


asyncio.run(uncontended())
asyncio.run(contend())
asyncio.run(uncontended())
for main in (contend, wait_queue, wait_event, wait_event):
    try:
        asyncio.run(main())
        print(main.__name__, "ran")
    except (RuntimeError, TimeoutError) as e:
        print(main.__name__, type(e).__name__, str(e).endswith("is bound to a different event loop"))
print(vars(lock).keys(), "_loop" in vars(asyncio.Lock()))
