import asyncio


async def worker(name, q):
    while True:
        job = await q.get()
        await asyncio.sleep(job)
        print(f"{name} finished a {job}s job at {asyncio.get_running_loop().time():.1f}")
        q.task_done()


async def main():
    q = asyncio.Queue()
    for job in [0.3, 0.1, 0.2, 0.4, 0.1]:
        q.put_nowait(job)
    workers = [asyncio.create_task(worker(f"worker-{i}", q)) for i in range(2)]
    await q.join()
    print("all jobs done; queue size:", q.qsize())
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print("workers stopped")


asyncio.run(main())
