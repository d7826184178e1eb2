import asyncio


async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 1.5
    try:
        async with asyncio.timeout_at(deadline) as cm:
            for i in range(10):
                await asyncio.sleep(0.4)
                print(f"step {i} at {loop.time():.1f}")
    except TimeoutError:
        print(f"deadline {cm.when()} reached at {loop.time():.1f}, expired={cm.expired()}")


asyncio.run(main())
