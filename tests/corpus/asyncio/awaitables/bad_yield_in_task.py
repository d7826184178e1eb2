import asyncio
import types


@types.coroutine
def bad():
    yield "not a future"


async def job():
    await bad()


async def main():
    t = asyncio.create_task(job())
    try:
        await t
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
