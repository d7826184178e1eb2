import asyncio


async def worker():
    print("worker: acquired a connection")
    try:
        while True:
            print("worker: working")
            await asyncio.sleep(1)
    finally:
        # Runs when CancelledError arrives at the await above.
        print("worker: connection released")


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(2.5)
    print("main: cancelling")
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main: the task is cancelled:", task.cancelled())


asyncio.run(main())
