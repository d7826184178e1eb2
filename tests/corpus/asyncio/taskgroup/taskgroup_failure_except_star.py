import asyncio


async def ok():
    try:
        await asyncio.sleep(1)
        print("ok finished (not reached)")
    except asyncio.CancelledError:
        print("ok was cancelled by the group")
        raise


async def boom():
    await asyncio.sleep(0.1)
    raise ValueError("boom failed")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok())
            tg.create_task(boom())
    except* ValueError as eg:
        print("caught:", eg.exceptions)
    print(f"after the group at {asyncio.get_running_loop().time():.1f}")


asyncio.run(main())
