import asyncio


async def worker():
    loop = asyncio.get_running_loop()
    try:
        print(f"worker: sleeping at {loop.time():.1f}")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(f"worker: cancelled at {loop.time():.1f}, cleaning up")
        await asyncio.sleep(0.5)
        print(f"worker: cleanup finished at {loop.time():.1f}")
        raise
    finally:
        print("worker: finally")


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print(f"main: worker is cancelled: {task.cancelled()}")


asyncio.run(main())
