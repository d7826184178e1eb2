import asyncio
from typing import AsyncIterator


async def ticker(interval: float, count: int) -> AsyncIterator[int]:
    for i in range(count):
        yield i
        await asyncio.sleep(interval)


async def fibonacci_stream(limit: int) -> AsyncIterator[int]:
    a, b = 0, 1
    while a < limit:
        await asyncio.sleep(0)
        yield a
        a, b = b, a + b


async def main() -> None:
    loop = asyncio.get_running_loop()
    async for tick in ticker(0.5, 5):
        print(f"tick {tick} at {loop.time():.1f}")

    fibs = [n async for n in fibonacci_stream(100)]
    print("fibs:", fibs)

    evens = [n async for n in fibonacci_stream(1000) if n % 2 == 0]
    print("even fibs:", evens)

    squares = {n: n * n async for n in ticker(0.1, 4)}
    print("squares:", squares)
    print(f"end at {loop.time():.1f}")


asyncio.run(main())
