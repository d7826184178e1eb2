import asyncio
import time


async def tick():
    for i in range(3):
        print(f"tick {i} at {asyncio.get_running_loop().time():.1f}")
        await asyncio.sleep(1)


async def blocker():
    await asyncio.sleep(0.5)
    print("blocking...")
    time.sleep(2)
    print("unblocked")


async def main():
    start = time.monotonic()
    await asyncio.gather(tick(), blocker())
    print(f"took {time.monotonic() - start:.1f}s", f"{time.time() - time.time():.1f}")
    print(time.strftime("%H:%M", time.gmtime(0)), time.localtime(0).tm_year)


asyncio.run(main(), debug=False)
