import asyncio, random, time

class Worker:
    def __init__(self, name, q, results):
        self.name, self.q, self.results = name, q, results
        self.processed = 0
    async def run(self):
        while True:
            job = await self.q.get()
            try:
                await asyncio.sleep(job["cost"])
                self.results.append((self.name, job["id"], round(asyncio.get_running_loop().time(), 2)))
                self.processed += 1
            finally:
                self.q.task_done()

async def main():
    random.seed(7)
    q = asyncio.PriorityQueue()
    for i in range(8):
        await q.put((random.randint(1, 3), i, {"id": i, "cost": random.choice([0.1, 0.2, 0.3])}))
    fake = asyncio.Queue()
    while not q.empty():
        _, _, job = q.get_nowait()
        fake.put_nowait(job)
    results = []
    workers = [Worker(f"w{i}", fake, results) for i in range(3)]
    tasks = [asyncio.create_task(w.run(), name=w.name) for w in workers]
    await fake.join()
    for t in tasks:
        t.cancel()
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in res])
    for r in results:
        print(r)
    print({w.name: w.processed for w in workers})
    print(time.time() > 0, round(time.monotonic(), 2))
    try:
        fake.get_nowait()
    except asyncio.QueueEmpty:
        print("empty", fake)

asyncio.run(main())
