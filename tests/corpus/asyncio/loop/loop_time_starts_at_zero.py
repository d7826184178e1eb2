import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    print("loop.time() =", loop.time())
    await asyncio.sleep(1)
    print("loop.time() =", loop.time())
    print("time.monotonic() agrees:", time.monotonic() == loop.time())


asyncio.run(main())
