import asyncio


class Counter:
    def __init__(self) -> None:
        self.value = 0
        self.lock = asyncio.Lock()

    async def unsafe_increment(self) -> None:
        current = self.value
        await asyncio.sleep(0)
        self.value = current + 1

    async def safe_increment(self) -> None:
        async with self.lock:
            current = self.value
            await asyncio.sleep(0)
            self.value = current + 1


async def run(method_name: str, workers: int, per_worker: int) -> int:
    counter = Counter()

    async def work() -> None:
        for _ in range(per_worker):
            await getattr(counter, method_name)()

    await asyncio.gather(*(work() for _ in range(workers)))
    return counter.value


async def main() -> None:
    expected = 10 * 50
    unsafe = await run("unsafe_increment", 10, 50)
    safe = await run("safe_increment", 10, 50)
    print(f"expected: {expected}")
    print(f"without lock: {unsafe} ({'race!' if unsafe != expected else 'ok'})")
    print(f"with lock:    {safe} ({'race!' if safe != expected else 'ok'})")
    lock = asyncio.Lock()
    print("locked before:", lock.locked())
    async with lock:
        print("locked inside:", lock.locked())
    print("locked after:", lock.locked())


asyncio.run(main())
