import asyncio


async def worker(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise RuntimeError(f"{name} failed")
        print(f"{name} completed")
        return name
    finally:
        print(f"{name} finally")


async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.gather(worker("a", 0.1), worker("b", 0.2, fail=True), worker("c", 0.3))
    except RuntimeError as e:
        print(f"gather raised at {loop.time():.1f}: {e}")
    await asyncio.sleep(0.5)
    print("other workers kept running")


asyncio.run(main())
