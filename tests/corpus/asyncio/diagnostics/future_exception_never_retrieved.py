import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_exception(TimeoutError("the answer never came"))
    print("future failed:", fut.done())
    fut = None
    print("dropped the future")


asyncio.run(main())
