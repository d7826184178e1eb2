# Enums in an asyncio job runner: auto(), IntEnum ordering in a dataclass,
# a PriorityQueue of results, lookups by name and value.
import asyncio
from enum import Enum, auto, IntEnum, Flag
from dataclasses import dataclass, field
from typing import Optional


class State(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()

    def __str__(self):
        return self.name.lower()


class Prio(IntEnum):
    LOW = 1
    HIGH = 2


@dataclass(order=True)
class Job:
    prio: int
    name: str = field(compare=False)
    state: State = field(default=State.PENDING, compare=False)
    result: Optional[int] = field(default=None, compare=False, repr=False)


async def run(job: Job, q: asyncio.PriorityQueue):
    job.state = State.RUNNING
    await asyncio.sleep(0.1 * job.prio)
    job.state = State.DONE
    job.result = job.prio * 10
    await q.put((-job.prio, job.name))


async def main():
    q = asyncio.PriorityQueue()
    jobs = [Job(p, f"j{p}") for p in (Prio.HIGH, Prio.LOW, 3)]
    print(sorted(jobs))
    await asyncio.gather(*(run(j, q) for j in jobs))
    while not q.empty():
        print(q.get_nowait())
    print([(j.name, str(j.state), j.state, j.result) for j in jobs])
    print(State.DONE.value, State["RUNNING"], State(1), Prio.HIGH > Prio.LOW, Prio.HIGH + 1, list(Prio), repr(Prio.LOW))
    print(State.PENDING in State, len(State), State.DONE is State.DONE, {s.name: s.value for s in State})

asyncio.run(main())
