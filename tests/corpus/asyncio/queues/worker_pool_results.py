import asyncio


DURATIONS = [0.31, 0.11, 0.23, 0.17, 0.41, 0.29, 0.37, 0.13]


async def worker(wid, jobs, results):
    while True:
        n = await jobs.get()
        await asyncio.sleep(DURATIONS[n])
        results.append((n, wid))
        jobs.task_done()


async def main():
    jobs = asyncio.Queue()
    results = []
    for n in range(8):
        jobs.put_nowait(n)
    pool = [asyncio.create_task(worker(w, jobs, results)) for w in range(3)]
    await jobs.join()
    print(f"finished at t={asyncio.get_running_loop().time():.2f}")
    for n, wid in results:
        print(f"job {n} by worker {wid}")
    for t in pool:
        t.cancel()


asyncio.run(main())
