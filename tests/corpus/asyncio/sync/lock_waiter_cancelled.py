import asyncio


async def holder(lock):
    async with lock:
        print("holder has the lock")
        await asyncio.sleep(1)
    print("holder released")


async def waiter(name, lock):
    try:
        async with lock:
            print(f"{name} acquired at {asyncio.get_running_loop().time():.1f}")
    except asyncio.CancelledError:
        print(f"{name} cancelled while waiting")
        raise


async def main():
    lock = asyncio.Lock()
    h = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    w1 = asyncio.create_task(waiter("w1", lock))
    w2 = asyncio.create_task(waiter("w2", lock))
    await asyncio.sleep(0.5)
    w1.cancel()
    await asyncio.gather(h, w1, w2, return_exceptions=True)


asyncio.run(main())
