import asyncio


async def job(d):
    await asyncio.sleep(d)
    return d


async def main():
    tasks = [asyncio.create_task(job(d)) for d in (0.1, 0.5, 2.0)]
    done, pending = await asyncio.wait(tasks, timeout=0.6)
    print(f"after timeout at {asyncio.get_running_loop().time():.1f}:")
    print(" done:", sorted(t.result() for t in done))
    print(" pending:", len(pending), "cancelled:", [t.cancelled() for t in pending])
    done, pending = await asyncio.wait(pending, timeout=5)
    print(" finally:", sorted(t.result() for t in done), f"at {asyncio.get_running_loop().time():.1f}")


asyncio.run(main())
