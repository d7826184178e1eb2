import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.cancel(msg="no longer needed")
    print(fut.cancelled(), fut.done())
    try:
        await fut
    except asyncio.CancelledError as e:
        print("CancelledError args:", e.args)


asyncio.run(main())
