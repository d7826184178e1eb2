import asyncio


def cb(expected):
    loop = asyncio.get_running_loop()
    print("same loop inside callback:", loop is expected)
    print("current task inside callback:", asyncio.current_task())


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, loop)
    await asyncio.sleep(0)
    print("is_running:", loop.is_running())


asyncio.run(main())
