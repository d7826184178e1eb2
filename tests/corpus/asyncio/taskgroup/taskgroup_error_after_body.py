import asyncio


async def late_failure():
    await asyncio.sleep(0.5)
    raise OSError("disk unplugged")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(late_failure())
            print("body finished; the group waits for its tasks")
    except* OSError as eg:
        e = eg.exceptions[0]
        print(f"{type(e).__name__}: {e} at {asyncio.get_running_loop().time():.1f}")


asyncio.run(main())
