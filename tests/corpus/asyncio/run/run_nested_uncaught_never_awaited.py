# asyncio.run() inside a running loop, uncaught: the coroutine passed to
# the inner run is only freed at shutdown, after the traceback, so the
# "never awaited" warning is the last line of stderr.
import asyncio


async def inner():
    return 1


async def main():
    print("main starts")
    asyncio.run(inner())


asyncio.run(main())
