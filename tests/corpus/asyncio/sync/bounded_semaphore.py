import asyncio


async def main():
    sem = asyncio.BoundedSemaphore(2)
    await sem.acquire()
    print("locked after one acquire?", sem.locked())
    await sem.acquire()
    print("locked after two acquires?", sem.locked())
    sem.release()
    sem.release()
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)
    plain = asyncio.Semaphore(1)
    plain.release()
    plain.release()
    print("a plain Semaphore can be over-released")
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
