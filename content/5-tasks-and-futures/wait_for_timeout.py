import asyncio


async def slow_query():
    try:
        print("  query: started")
        await asyncio.sleep(5)
        return "rows"
    except asyncio.CancelledError:
        print("  query: cancelled by wait_for")
        raise


async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait_for(slow_query(), timeout=2)
    except asyncio.TimeoutError:
        print(f"main: gave up at t={loop.time():.0f}")

    rows = await asyncio.wait_for(asyncio.sleep(1, "fast rows"), timeout=2)
    print(f"main: got {rows!r} at t={loop.time():.0f}")


asyncio.run(main())
