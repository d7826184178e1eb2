import asyncio
import time


async def heartbeat():
    loop = asyncio.get_running_loop()
    for _ in range(6):
        print(f"  beat at t={loop.time():.1f}")
        await asyncio.sleep(0.5)


async def bad_download():
    time.sleep(2)  # blocks the whole event loop: no task can run
    print("  bad_download: done (the heartbeat stalled)")


async def good_download():
    await asyncio.sleep(2)  # lets the loop run other tasks meanwhile
    print("  good_download: done (the heartbeat kept going)")


async def main():
    print("with time.sleep:")
    await asyncio.gather(heartbeat(), bad_download())
    print("with asyncio.sleep:")
    await asyncio.gather(heartbeat(), good_download())


asyncio.run(main())
