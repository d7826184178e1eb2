import asyncio


async def every(interval, func, *args):
    loop = asyncio.get_running_loop()
    next_run = loop.time()
    while True:
        func(*args)
        next_run += interval
        await asyncio.sleep(next_run - loop.time())


def heartbeat(name):
    print(f"{name} heartbeat at {asyncio.get_running_loop().time():.1f}")


async def main():
    hb = asyncio.create_task(every(0.5, heartbeat, "server"))
    await asyncio.sleep(1.7)
    hb.cancel()
    print("stopped heartbeats")


asyncio.run(main())
