import asyncio


async def child():
    print("child: running")
    return "child result"


async def main():
    task = asyncio.create_task(child())
    print("main: task created")
    print("main: still running, child has not started")
    result = await task
    print("main: got", result)


asyncio.run(main())
