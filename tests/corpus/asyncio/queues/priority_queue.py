import asyncio


async def main():
    pq = asyncio.PriorityQueue()
    for priority, job in [(3, "low: clean up"), (1, "urgent: fix prod"), (2, "normal: review"), (1, "urgent: call back")]:
        pq.put_nowait((priority, job))
    while not pq.empty():
        priority, job = await pq.get()
        print(priority, job)


asyncio.run(main())
