import asyncio


async def stage(n, prev):
    if prev is not None:
        value = await prev
    else:
        value = 0
    await asyncio.sleep(0.1)
    print(f"stage {n} got {value} at {asyncio.get_running_loop().time():.1f}")
    return value + n


async def main():
    t = None
    for n in range(1, 5):
        t = asyncio.create_task(stage(n, t))
    print("final:", await t)


asyncio.run(main())
