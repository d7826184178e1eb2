import asyncio


async def stubborn():
    task = asyncio.current_task()
    for attempt in range(3):
        try:
            await asyncio.sleep(1)
            print("slept without interruption")
            return "finished"
        except asyncio.CancelledError:
            print(f"cancel request seen, cancelling() = {task.cancelling()}")
            remaining = task.uncancel()
            print(f"uncancel() -> {remaining}")
    return "gave up"


async def main():
    task = asyncio.create_task(stubborn())
    await asyncio.sleep(0.1)
    task.cancel()
    print("after one cancel:", task.cancelling())
    await asyncio.sleep(0.1)
    task.cancel()
    task.cancel()
    print("after two more cancels:", task.cancelling())
    print("result:", await task)


asyncio.run(main())
