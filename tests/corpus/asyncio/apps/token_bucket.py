import asyncio


class TokenBucket:
    def __init__(self, rate, capacity):
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.updated = 0.0

    async def take(self):
        loop = asyncio.get_running_loop()
        while True:
            now = loop.time()
            self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
            self.updated = now
            if self.tokens >= 1:
                self.tokens -= 1
                return
            await asyncio.sleep((1 - self.tokens) / self.rate)


async def client(bucket, i):
    await bucket.take()
    print(f"request {i} allowed at {asyncio.get_running_loop().time():.2f}")


async def main():
    bucket = TokenBucket(rate=4, capacity=2)
    for i in range(6):
        await client(bucket, i)


asyncio.run(main())
