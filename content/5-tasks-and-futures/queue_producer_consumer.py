import asyncio


async def producer(queue):
    loop = asyncio.get_running_loop()
    for item in range(6):
        await queue.put(item)  # waits while the queue is full
        print(f"t={loop.time():.1f} put {item}  (size {queue.qsize()})")
        await asyncio.sleep(0.1)


async def consumer(name, pace, queue):
    loop = asyncio.get_running_loop()
    while True:
        item = await queue.get()  # waits while the queue is empty
        print(f"t={loop.time():.1f}   {name} got {item}")
        await asyncio.sleep(pace)  # the work takes time
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    workers = [
        asyncio.create_task(consumer("c1", 1.0, queue)),
        asyncio.create_task(consumer("c2", 1.3, queue)),
    ]
    await producer(queue)
    await queue.join()  # until every item has been task_done()
    print("all items processed")
    for w in workers:
        w.cancel()


asyncio.run(main())
