import asyncio


async def waiter(fut):
    try:
        await fut
    except asyncio.CancelledError:
        print("waiter cancelled; future cancelled too:", fut.cancelled())
        raise


async def main():
    fut = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print("after one iteration: fut cancelled =", fut.cancelled(), ", task done =", t.done())
    await asyncio.sleep(0)
    print("after two iterations: task done =", t.done())


asyncio.run(main())
