import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.5, fut.set_result, "value from the timer")
    print("waiting; done =", fut.done())
    value = await fut
    print(f"got {value!r} at {loop.time():.1f}")
    print("result() again:", fut.result())


asyncio.run(main())
