import asyncio
import random
from dataclasses import dataclass, field
from enum import Enum, auto

class Status(Enum):
    PENDING = auto()
    DONE = auto()
    FAILED = auto()

@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    status: Status = field(default=Status.PENDING, compare=False)
    attempts: list = field(default_factory=list, compare=False)

async def run_job(job: Job, rng: random.Random) -> Job:
    for attempt in range(3):
        delay = rng.uniform(0.1, 0.5)
        job.attempts.append(round(delay, 3))
        await asyncio.sleep(delay)
        if rng.random() > 0.4:
            job.status = Status.DONE
            return job
    job.status = Status.FAILED
    raise RuntimeError(f"{job.name} failed after {len(job.attempts)} attempts")

async def main():
    rng = random.Random(7)
    jobs = sorted([Job(3, 'c'), Job(1, 'a'), Job(2, 'b')])
    print(jobs)
    results = await asyncio.gather(*(run_job(j, rng) for j in jobs), return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            print('error:', r)
        else:
            print(r.name, r.status, r.status.name, r.status.value, r.attempts)
    loop = asyncio.get_running_loop()
    print(f"finished at {loop.time():.3f}")
    print(Status.DONE in Status, list(Status), Status['DONE'], Status(2))

if __name__ == "__main__":
    asyncio.run(main())
