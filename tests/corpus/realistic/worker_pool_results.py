import asyncio
import random

random.seed(5)


async def worker(wid: int, jobs: asyncio.Queue, results: dict[int, int]) -> None:
    processed = 0
    while True:
        try:
            n = jobs.get_nowait()
        except asyncio.QueueEmpty:
            break
        await asyncio.sleep(random.uniform(0.1, 0.9))
        results[n] = n ** 2
        processed += 1
        jobs.task_done()
    print(f"worker {wid} exiting after {processed} jobs")


async def main() -> None:
    jobs: asyncio.Queue[int] = asyncio.Queue()
    for n in range(1, 13):
        jobs.put_nowait(n)
    results: dict[int, int] = {}
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.gather(*(worker(w, jobs, results) for w in range(4)))
    print(f"processed {len(results)} jobs in {loop.time() - t0:.1f}s")
    print("results:", dict(sorted(results.items())))
    print("sum:", sum(results.values()))


asyncio.run(main())
