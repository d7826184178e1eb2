import asyncio


async def child():
    try:
        await asyncio.sleep(1)
    finally:
        print("child cleaned up")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
            await asyncio.sleep(0.1)
            raise RuntimeError("body failed")
    except* RuntimeError as eg:
        print("group raised", repr(eg))


asyncio.run(main())
