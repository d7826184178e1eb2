import asyncio


async def worker(sem, name, hold):
    async with sem:
        print(f"{name} enters at {asyncio.get_running_loop().time():.1f}")
        await asyncio.sleep(hold)
        print(f"{name} leaves at {asyncio.get_running_loop().time():.1f}")


async def main():
    sem = asyncio.Semaphore(1)
    tasks = [asyncio.create_task(worker(sem, f"t{i}", 0.2)) for i in range(3)]
    await asyncio.sleep(0.1)
    tasks.append(asyncio.create_task(worker(sem, "late", 0.2)))
    await asyncio.gather(*tasks)


asyncio.run(main())
