import asyncio
import random
from dataclasses import dataclass, field
from typing import Optional
from collections import deque, Counter, OrderedDict, namedtuple

@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    tags: list = field(default_factory=list, compare=False)

async def worker(name, queue, results):
    while True:
        job = await queue.get()
        await asyncio.sleep(job.priority * 0.1)
        results.append((name, job.name))
        queue.task_done()

async def main():
    random.seed(42)
    q = asyncio.PriorityQueue()
    for i in range(6):
        await q.put(Job(random.randint(1, 5), f"job{i}"))
    results = []
    workers = [asyncio.create_task(worker(f"w{i}", q, results)) for i in range(2)]
    await q.join()
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print(results)
    print(f"{asyncio.get_running_loop().time():.2f}")
    d = deque(maxlen=3)
    for i in range(5):
        d.append(i)
    print(d, Counter("mississippi").most_common(2))
    P = namedtuple("P", ["x", "y"], defaults=[0])
    print(P(1), P(1, 2)._asdict(), P._fields)
    od = OrderedDict(a=1, b=2); od.move_to_end("a"); print(od)
    print(sorted([Job(3, "a"), Job(1, "b")]))
    s = "Hello, World"
    print(s.center(20, "*"), s.swapcase(), s.partition(", "), s.encode()[:5])
    print(" | ".join(f"{k}={v!r}" for k, v in {"a": 1.5, "b": None}.items()))
    print(list(zip(*[[1, 2], [3, 4]])), list(enumerate("ab", start=1)))
    print(divmod(-7, 2), -7 // 2, -7 % 2, round(2.675, 2), round(0.5), round(1.5))
    print(f"{1234567.891:,.2f} {0.25:.1%} {42:08b} {3.14159:e} {'x':^5}|")
    async with asyncio.timeout(1):
        await asyncio.sleep(0.5)
    try:
        async with asyncio.timeout(0.1):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out at", round(asyncio.get_running_loop().time(), 2))

asyncio.run(main())
