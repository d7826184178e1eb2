import asyncio


async def child(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def main():
    children = [asyncio.create_task(child(f"child-{i}")) for i in range(3)]
    group = asyncio.gather(*children)
    await asyncio.sleep(0.1)
    print("cancelling the gather:", group.cancel())
    try:
        await group
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print([t.cancelled() for t in children])


asyncio.run(main())
