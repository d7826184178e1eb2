import asyncio


async def slow_consumer(q):
    while True:
        item = await q.get()
        await asyncio.sleep(1)
        print(f"  consumed {item} at {asyncio.get_running_loop().time():.0f}")
        q.task_done()


async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue(maxsize=1)
    consumer = asyncio.create_task(slow_consumer(q))
    for i in range(4):
        await q.put(i)
        print(f"put {i} returned at {loop.time():.0f}")
    await q.join()
    consumer.cancel()


asyncio.run(main())
