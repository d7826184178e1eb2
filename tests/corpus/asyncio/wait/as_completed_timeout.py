import asyncio


async def fetch(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    tasks = [asyncio.create_task(fetch(d)) for d in (0.2, 1.0, 3.0)]
    try:
        for fut in asyncio.as_completed(tasks, timeout=1.5):
            print("got", await fut)
    except TimeoutError:
        print(f"as_completed timed out at {asyncio.get_running_loop().time():.1f}")
    print("still running:", [not t.done() for t in tasks])
    tasks[2].cancel()


asyncio.run(main())
