import asyncio


async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with lock:
            print("inside, locked =", lock.locked())
            raise ValueError("oops")
    except ValueError:
        print("after exception, locked =", lock.locked())
    await lock.acquire()
    print("acquired manually:", lock.locked())
    lock.release()
    print("released:", lock.locked())


asyncio.run(main())
