import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1.0):
            try:
                async with asyncio.timeout(0.3):
                    await asyncio.sleep(0.5)
            except TimeoutError:
                print(f"inner timeout at {loop.time():.1f}")
            await asyncio.sleep(2)
    except TimeoutError:
        print(f"outer timeout at {loop.time():.1f}")


asyncio.run(main())
