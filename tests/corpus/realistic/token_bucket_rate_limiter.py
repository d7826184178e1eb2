import asyncio


class TokenBucket:
    def __init__(self, rate: float, capacity: int) -> None:
        self.rate = rate
        self.capacity = capacity
        self.tokens = float(capacity)
        self.updated = asyncio.get_running_loop().time()
        self.lock = asyncio.Lock()

    def _refill(self) -> None:
        now = asyncio.get_running_loop().time()
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now

    async def acquire(self) -> None:
        async with self.lock:
            while True:
                self._refill()
                if self.tokens >= 1:
                    self.tokens -= 1
                    return
                await asyncio.sleep((1 - self.tokens) / self.rate)


async def call_api(bucket: TokenBucket, i: int) -> None:
    await bucket.acquire()
    t = asyncio.get_running_loop().time()
    print(f"request {i:2d} sent at t={t:5.2f}  tokens left={bucket.tokens:.2f}")


async def main() -> None:
    bucket = TokenBucket(rate=4, capacity=3)
    await asyncio.gather(*(call_api(bucket, i) for i in range(10)))


asyncio.run(main())
