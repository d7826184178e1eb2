import asyncio


async def work(x):
    await asyncio.sleep(0.1)
    return x * 2


async def main():
    task = asyncio.create_task(work(21))
    print("done before:", task.done())
    try:
        task.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await task
    print("done after:", task.done(), "result:", task.result(), "cancelled:", task.cancelled())
    print("exception:", task.exception())


asyncio.run(main())
