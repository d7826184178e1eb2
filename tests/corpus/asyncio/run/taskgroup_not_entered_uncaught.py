# TaskGroup.create_task before `async with`: the RuntimeError ends the
# program and the coroutine is reported as never awaited at shutdown,
# after the atexit handlers.
import asyncio
import atexit

atexit.register(print, "atexit runs first")


async def main():
    tg = asyncio.TaskGroup()
    tg.create_task(asyncio.sleep(0))


asyncio.run(main())
