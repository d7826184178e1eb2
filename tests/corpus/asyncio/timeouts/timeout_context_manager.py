import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.5):
            print("working...")
            await asyncio.sleep(2)
            print("not reached")
    except TimeoutError:
        print(f"timed out at {loop.time():.1f}")

    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.2)
    print("finished in time; expired =", cm.expired())


asyncio.run(main())
