import asyncio
import random

random.seed(7)


async def producer(name: str, queue: asyncio.Queue, count: int) -> None:
    for i in range(count):
        await asyncio.sleep(random.uniform(0.05, 0.3))
        item = f"{name}-item{i}"
        await queue.put(item)
        print(f"{name} produced {item} (queue size {queue.qsize()})")


async def consumer(name: str, queue: asyncio.Queue) -> None:
    while True:
        item = await queue.get()
        await asyncio.sleep(random.uniform(0.1, 0.4))
        print(f"  {name} consumed {item}")
        queue.task_done()


async def main() -> None:
    queue: asyncio.Queue[str] = asyncio.Queue(maxsize=3)
    producers = [asyncio.create_task(producer(f"P{i}", queue, 4)) for i in range(2)]
    consumers = [asyncio.create_task(consumer(f"C{i}", queue)) for i in range(3)]

    await asyncio.gather(*producers)
    print("producers done, waiting for queue to drain")
    await queue.join()
    for c in consumers:
        c.cancel()
    results = await asyncio.gather(*consumers, return_exceptions=True)
    print("consumers:", [type(r).__name__ for r in results])


asyncio.run(main())
