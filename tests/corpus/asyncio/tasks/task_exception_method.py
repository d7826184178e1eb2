import asyncio


async def fail():
    await asyncio.sleep(0.1)
    raise KeyError("missing key")


async def main():
    task = asyncio.create_task(fail())
    await asyncio.sleep(0.2)
    exc = task.exception()
    print("exception:", repr(exc))
    try:
        task.result()
    except KeyError as e:
        print("result() re-raises:", repr(e))
    try:
        await task
    except KeyError as e:
        print("await re-raises:", repr(e))


asyncio.run(main())
