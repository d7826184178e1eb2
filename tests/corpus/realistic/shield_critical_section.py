import asyncio


async def save_to_disk(data: str) -> str:
    print(f"saving {data!r}...")
    await asyncio.sleep(1.0)
    print(f"saved {data!r}")
    return "ok"


async def handler(data: str) -> None:
    try:
        result = await asyncio.shield(save_to_disk(data))
        print("handler got", result)
    except asyncio.CancelledError:
        print("handler cancelled, but the save continues")
        raise


async def main() -> None:
    task = asyncio.create_task(handler("user-profile"))
    await asyncio.sleep(0.3)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("task is cancelled:", task.cancelled())
    await asyncio.sleep(1.0)
    print("main exits")


asyncio.run(main())
