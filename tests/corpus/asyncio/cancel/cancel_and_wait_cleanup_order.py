import asyncio


async def worker(name, cleanup):
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print(f"{name}: cleanup for {cleanup}s")
        await asyncio.sleep(cleanup)
        print(f"{name}: cleanup done at {asyncio.get_running_loop().time():.1f}")
        raise


async def main():
    workers = [asyncio.create_task(worker(f"w{i}", c)) for i, c in enumerate([0.3, 0.1, 0.2])]
    await asyncio.sleep(1)
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in results])


asyncio.run(main())
