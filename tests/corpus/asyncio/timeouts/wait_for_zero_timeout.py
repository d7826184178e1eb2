import asyncio


async def instant():
    return "instant"


async def main():
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0)
    except TimeoutError:
        print("timeout=0 on a pending coroutine: TimeoutError")
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("already done")
    print(await asyncio.wait_for(fut, timeout=0))


asyncio.run(main())
