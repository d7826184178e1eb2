import asyncio


async def job(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ConnectionError(f"{name} lost its connection")
        print(f"  {name} finished")
    except asyncio.CancelledError:
        print(f"  {name} cancelled because a sibling failed")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(job("quick", 1))
            group.create_task(job("flaky", 2, fail=True))
            group.create_task(job("slow", 3))
    except* ConnectionError as eg:
        for err in eg.exceptions:
            print("caught from the group:", err)


asyncio.run(main())
