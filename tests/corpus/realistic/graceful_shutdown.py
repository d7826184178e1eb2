import asyncio
import random

random.seed(17)


async def service(name: str, interval: float) -> None:
    n = 0
    try:
        while True:
            await asyncio.sleep(interval)
            n += 1
    except asyncio.CancelledError:
        await asyncio.sleep(0.05)
        print(f"  {name}: flushed {n} work units before stopping")
        raise


async def main() -> None:
    stop = asyncio.Event()
    names = ["ingest", "index", "notify"]
    tasks = [asyncio.create_task(service(n, random.choice([0.3, 0.45, 0.7])), name=n) for n in names]
    asyncio.get_running_loop().call_later(2.0, stop.set)
    print("services running; waiting for stop signal")
    await stop.wait()
    print(f"stop signal at t={asyncio.get_running_loop().time():.1f}, shutting down")
    for t in tasks:
        t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    for t, r in zip(tasks, results):
        print(f"{t.get_name()}: {type(r).__name__}")
    print("clean shutdown complete")


asyncio.run(main())
