import asyncio
import heapq
from dataclasses import dataclass, field
from typing import Awaitable, Callable


@dataclass(order=True)
class Job:
    run_at: float
    seq: int
    name: str = field(compare=False)
    action: Callable[[], Awaitable[None]] = field(compare=False)


class Scheduler:
    def __init__(self) -> None:
        self.jobs: list[Job] = []
        self.seq = 0

    def schedule(self, delay: float, name: str, action: Callable[[], Awaitable[None]]) -> None:
        self.seq += 1
        heapq.heappush(self.jobs, Job(delay, self.seq, name, action))

    async def run(self) -> None:
        loop = asyncio.get_running_loop()
        start = loop.time()
        while self.jobs:
            job = heapq.heappop(self.jobs)
            wait = job.run_at - (loop.time() - start)
            if wait > 0:
                await asyncio.sleep(wait)
            print(f"t={loop.time() - start:4.2f} running {job.name}")
            await job.action()


def make_action(msg: str, cost: float) -> Callable[[], Awaitable[None]]:
    async def action() -> None:
        await asyncio.sleep(cost)
        print(f"        {msg}")
    return action


async def main() -> None:
    s = Scheduler()
    s.schedule(1.0, "backup", make_action("backup complete", 0.5))
    s.schedule(0.25, "email", make_action("emails sent", 0.1))
    s.schedule(1.0, "report", make_action("report generated", 0.2))
    s.schedule(3.0, "cleanup", make_action("temp files removed", 0.0))
    await s.run()


asyncio.run(main())
