import asyncio


async def worker(progress):
    for step, cost in enumerate([0.2, 0.3, 1.5, 0.1]):
        await asyncio.sleep(cost)
        progress.put_nowait(step)


async def watchdog(progress, limit):
    loop = asyncio.get_running_loop()
    while True:
        try:
            step = await asyncio.wait_for(progress.get(), timeout=limit)
            print(f"[{loop.time():.1f}] step {step} ok")
        except TimeoutError:
            print(f"[{loop.time():.1f}] no progress for {limit}s, restarting worker")
            return "restart"


async def main():
    progress = asyncio.Queue()
    w = asyncio.create_task(worker(progress))
    print(await watchdog(progress, 1.0))
    w.cancel()


asyncio.run(main())
