import asyncio

active = 0
DURATIONS = [1.0, 1.5, 0.8, 1.1, 0.5, 0.9]  # seconds per download


async def download(n, limit):
    global active
    async with limit:  # at most 2 downloads inside at once
        active += 1
        loop = asyncio.get_running_loop()
        print(f"t={loop.time():.1f} start {n} ({active} active)")
        await asyncio.sleep(DURATIONS[n])
        active -= 1
    return n


async def main():
    limit = asyncio.Semaphore(2)
    done = await asyncio.gather(*(download(n, limit) for n in range(6)))
    print("downloaded", done)


asyncio.run(main())
