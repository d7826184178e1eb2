import asyncio


async def child(n):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(f"child {n} cancelled")
        raise


async def run_group():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(1))
            await asyncio.sleep(10)
    finally:
        print("group exited")


async def main():
    t = asyncio.create_task(run_group())
    await asyncio.sleep(0.5)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("run_group cancelled:", t.cancelled())


asyncio.run(main())
