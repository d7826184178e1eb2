import asyncio


async def producer(q, n):
    loop = asyncio.get_running_loop()
    for i in range(n):
        await q.put(i)
        print(f"[{loop.time():.1f}] produced {i} (size {q.qsize()})")
    await q.put(None)


async def consumer(q):
    loop = asyncio.get_running_loop()
    while True:
        item = await q.get()
        if item is None:
            print(f"[{loop.time():.1f}] consumer got sentinel")
            break
        await asyncio.sleep(0.5)
        print(f"[{loop.time():.1f}] consumed {item}")


async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q, 5), consumer(q))


asyncio.run(main())
