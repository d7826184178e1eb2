import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return f"{name} ({delay}s)"


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(fetch(n, d)) for n, d in [("one", 0.3), ("two", 0.1), ("three", 0.2)]]
    for i, next_done in enumerate(asyncio.as_completed(tasks), 1):
        result = await next_done
        print(f"{i}. {result} at t={loop.time():.1f}")


asyncio.run(main())
