import asyncio
import json
from enum import IntEnum, StrEnum, auto
from dataclasses import dataclass, asdict, field

class Priority(IntEnum):
    LOW = auto()
    MEDIUM = auto()
    HIGH = auto()

class State(StrEnum):
    TODO = auto()
    DOING = auto()
    DONE = auto()

@dataclass(order=True)
class Task:
    priority: Priority
    title: str = field(compare=False)
    state: State = field(default=State.TODO, compare=False)

async def advance(t: Task) -> Task:
    await asyncio.sleep(0.1 * (4 - t.priority))
    order = list(State)
    i = order.index(t.state)
    t.state = order[min(i + 1, len(order) - 1)]
    return t

async def main() -> None:
    tasks = [Task(Priority.LOW, "docs"), Task(Priority.HIGH, "bug"), Task(Priority.MEDIUM, "feature", State.DOING)]
    for coro in asyncio.as_completed([advance(t) for t in tasks]):
        t = await coro
        print(f"{t.title}: {t.state} ({t.priority.name}={t.priority:d})")
    print(json.dumps([asdict(t) for t in sorted(tasks, reverse=True)]))
    print(Priority.HIGH > Priority.LOW, State.DONE == "done", State("doing").name, Priority(2))
    print({State.TODO: 1}["todo"], "todo" in {State.TODO}, State.TODO.upper(), max(Priority))

asyncio.run(main())
