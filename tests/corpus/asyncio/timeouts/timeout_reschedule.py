import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:
            print("no deadline yet:", cm.when())
            cm.reschedule(loop.time() + 0.3)
            print("deadline now", cm.when())
            await asyncio.sleep(0.2)
            cm.reschedule(loop.time() + 0.5)
            print("pushed back to", cm.when())
            await asyncio.sleep(1)
    except TimeoutError:
        print(f"timed out at {loop.time():.1f}")


asyncio.run(main())
