import asyncio

class RateLimiter:
    def __init__(self, rate: int, per: float):
        self.rate = rate
        self.per = per
        self._sem = asyncio.Semaphore(rate)

    async def __aenter__(self):
        await self._sem.acquire()
        return self

    async def __aexit__(self, *exc):
        loop = asyncio.get_running_loop()
        loop.call_later(self.per, self._sem.release)
        return False

async def fetch(limiter, i):
    async with limiter:
        t = asyncio.get_running_loop().time()
        print(f"request {i} at t={t:.2f}")
        await asyncio.sleep(0.01)
        return i * i

async def producer(queue: asyncio.Queue, n: int):
    for i in range(n):
        await queue.put(i)
        print(f"put {i} (size {queue.qsize()})")
    await queue.put(None)

async def consumer(queue: asyncio.Queue):
    total = 0
    while (item := await queue.get()) is not None:
        total += item
        await asyncio.sleep(0.05)
        queue.task_done()
    queue.task_done()
    return total

async def main():
    limiter = RateLimiter(2, 1.0)
    squares = await asyncio.gather(*(fetch(limiter, i) for i in range(5)))
    print(squares)
    q = asyncio.Queue(maxsize=2)
    prod = asyncio.create_task(producer(q, 5))
    total = await consumer(q)
    await prod
    print("total", total)
    async def slow():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("slow cancelled")
            raise
    t = asyncio.create_task(slow(), name="slowpoke")
    await asyncio.sleep(0.1)
    print(t)
    t.cancel("enough")
    try:
        await t
    except asyncio.CancelledError as e:
        print("caught", repr(e), t.cancelled())
    print(t)

asyncio.run(main())
