import asyncio


async def runner(name, delay, ready, arrived, total):
    await asyncio.sleep(delay)
    arrived.append(name)
    print(f"{name} at the start line ({len(arrived)}/{total})")
    if len(arrived) == total:
        ready.set()
    await ready.wait()
    print(f"{name} runs")


async def main():
    ready = asyncio.Event()
    arrived = []
    delays = {"ann": 0.3, "bob": 0.1, "cy": 0.2}
    await asyncio.gather(*(runner(n, d, ready, arrived, len(delays)) for n, d in delays.items()))


asyncio.run(main())
