import asyncio


async def call_api(sem, i):
    loop = asyncio.get_running_loop()
    async with sem:
        print(f"[{loop.time():.1f}] request {i} starts")
        await asyncio.sleep(1)
        print(f"[{loop.time():.1f}] request {i} done")
    return i


async def main():
    sem = asyncio.Semaphore(2)
    results = await asyncio.gather(*(call_api(sem, i) for i in range(5)))
    print("results:", results)


asyncio.run(main())
