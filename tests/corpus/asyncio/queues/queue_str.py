import asyncio


async def main():
    q = asyncio.Queue(maxsize=3)
    print(q)
    q.put_nowait(1)
    q.put_nowait(2)
    print(q)
    pq = asyncio.PriorityQueue()
    pq.put_nowait(5)
    pq.put_nowait(1)
    print(pq, pq.qsize())


asyncio.run(main())
