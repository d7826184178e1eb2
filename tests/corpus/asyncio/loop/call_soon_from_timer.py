import asyncio


def timer_cb(loop):
    print(f"timer at {loop.time()}")
    loop.call_soon(print, "call_soon from timer (next iteration)")
    loop.call_later(0, print, "call_later(0) from timer")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.5, timer_cb, loop)
    loop.call_later(0.5, print, "second timer at the same deadline")
    await asyncio.sleep(0.5)
    print("main wakes at", loop.time())
    await asyncio.sleep(0)
    print("main after sleep(0)")


asyncio.run(main())
