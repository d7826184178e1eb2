import asyncio


async def fast_producer(queue: asyncio.Queue, n: int) -> None:
    loop = asyncio.get_running_loop()
    for i in range(n):
        if queue.full():
            print(f"{loop.time():.2f} producer blocked (queue full with {queue.qsize()})")
        await queue.put(i)
        await asyncio.sleep(0.05)
    await queue.put(None)


async def slow_consumer(queue: asyncio.Queue) -> int:
    loop = asyncio.get_running_loop()
    total = 0
    while (item := await queue.get()) is not None:
        await asyncio.sleep(0.23)
        total += item
        print(f"{loop.time():.2f} consumed {item}")
    return total


async def main() -> None:
    queue: asyncio.Queue[int | None] = asyncio.Queue(maxsize=2)
    _, total = await asyncio.gather(fast_producer(queue, 7), slow_consumer(queue))
    print("total:", total, "maxsize:", queue.maxsize)


asyncio.run(main())
