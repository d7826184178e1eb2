import asyncio


async def worker(name: str, delay: float, fail: bool = False) -> str:
    try:
        await asyncio.sleep(delay)
        if fail:
            raise RuntimeError(f"{name} crashed")
        print(f"{name} finished")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def main() -> None:
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("fast", 0.1))
            tg.create_task(worker("buggy", 0.3, fail=True))
            tg.create_task(worker("slow", 1.0))
    except* RuntimeError as eg:
        print(f"caught {len(eg.exceptions)} error(s):")
        for exc in eg.exceptions:
            print("  -", exc)
    print("main continues")


asyncio.run(main())
