import asyncio


async def worker(lock, shared, i):
    async with lock:
        shared.append(i)
        await asyncio.sleep(0)


async def main():
    lock = asyncio.Lock()
    shared = []
    await asyncio.gather(*(worker(lock, shared, i) for i in range(1_000)))
    print(len(shared), shared[:3], shared[-1])


asyncio.run(main())
