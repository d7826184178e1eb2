import asyncio


async def never_runs():
    print("this line is never printed")


async def main():
    task = asyncio.create_task(never_runs())
    task.cancel()
    print("cancelled right after creation; done =", task.done())
    try:
        await task
    except asyncio.CancelledError:
        print("awaiting it raises CancelledError")
    print("cancelled() =", task.cancelled(), "done() =", task.done())


asyncio.run(main())
