#!/usr/bin/env python3
"""Programs in the style of asyncio tutorials and books."""

import asyncio
import random
import time
from collections import deque, namedtuple
from contextlib import asynccontextmanager, contextmanager, suppress
from dataclasses import dataclass, field
from typing import Any, AsyncIterator, Awaitable, Callable, NamedTuple, Optional


async def say_after(delay: float, what: str) -> None:
    await asyncio.sleep(delay)
    print(what)


async def main() -> None:
    print(f"started at {time.strftime('%X')}")
    task1 = asyncio.create_task(say_after(1, 'hello'))
    task2 = asyncio.create_task(say_after(2, 'world'))
    await task1
    await task2
    print(f"finished at {time.strftime('%X')}")


async def factorial(name, number):
    f = 1
    for i in range(2, number + 1):
        print(f"Task {name}: Compute factorial({number}), currently i={i}...")
        await asyncio.sleep(1)
        f *= i
    print(f"Task {name}: factorial({number}) = {f}")
    return f


async def gather_demo():
    L = await asyncio.gather(
        factorial("A", 2),
        factorial("B", 3),
        factorial("C", 4),
    )
    print(L)


async def producer(queue: asyncio.Queue, n: int) -> None:
    for i in range(n):
        await asyncio.sleep(random.random() / 10)
        await queue.put(i)
        print(f"produced {i:>3} (size={queue.qsize()})", end="\r", flush=True)
    await queue.put(None)


async def consumer(queue: asyncio.Queue) -> list[int]:
    seen = []
    while (item := await queue.get()) is not None:
        seen.append(item)
        queue.task_done()
    return seen


class Spinner:
    """A spinner that runs while a coroutine works."""

    frames = "|/-\\"

    def __init__(self, message: str = "thinking!", *, interval: float = 0.1) -> None:
        self.message = message
        self.interval = interval
        self._task: Optional[asyncio.Task] = None

    async def spin(self) -> None:
        for char in __import__('itertools').cycle(self.frames):
            status = f'\r{char} {self.message}'
            print(status, flush=True, end='')
            try:
                await asyncio.sleep(self.interval)
            except asyncio.CancelledError:
                break
        blanks = ' ' * len(status)
        print(f'\r{blanks}\r', end='')

    async def __aenter__(self):
        self._task = asyncio.create_task(self.spin())
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self._task.cancel()
        with suppress(asyncio.CancelledError):
            await self._task
        return False


@dataclass
class Job:
    name: str
    duration: float = 0.5
    tags: list[str] = field(default_factory=list)

    def __repr__(self) -> str:
        return f"Job({self.name!r}, {self.duration:.2f}s)"


class Point(NamedTuple):
    x: int
    y: int = 0


Pair = namedtuple("Pair", ["left", "right"])


@asynccontextmanager
async def timed(label: str) -> AsyncIterator[None]:
    start = time.monotonic()
    try:
        yield
    finally:
        elapsed = time.monotonic() - start
        print(f"{label}: {elapsed:.3f}s")


async def ticker(delay, to):
    """Yield numbers from 0 to *to* every *delay* seconds."""
    for i in range(to):
        yield i
        await asyncio.sleep(delay)


async def use_ticker():
    async for i in ticker(0.1, 5):
        print(i)
    evens = [i async for i in ticker(0, 10) if i % 2 == 0]
    squares = {i: i ** 2 async for i in ticker(0, 3)}
    return evens, squares


async def with_timeout():
    try:
        async with asyncio.timeout(0.5):
            await asyncio.sleep(10)
    except TimeoutError:
        print("timed out")
    try:
        result = await asyncio.wait_for(asyncio.sleep(1, result=42), timeout=2)
    except asyncio.TimeoutError as exc:
        raise RuntimeError("too slow") from exc
    else:
        return result


async def task_group_demo():
    results = {}
    try:
        async with asyncio.TaskGroup() as tg:
            for name, delay in [("a", 0.1), ("b", 0.2)]:
                tg.create_task(say_after(delay, name), name=f"say-{name}")
    except* ValueError as eg:
        for exc in eg.exceptions:
            print("value error:", exc)
    except* (TypeError, KeyError):
        pass
    return results


def callback_style(loop: asyncio.AbstractEventLoop) -> None:
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "done")
    loop.call_later(0.5, lambda: print("later"))
    handle = loop.call_at(loop.time() + 1, print, "at")
    handle.cancel()
    fut.add_done_callback(lambda f: print(f.result()))


async def semaphore_demo(n: int = 10, limit: int = 3) -> list:
    sem = asyncio.Semaphore(limit)
    lock = asyncio.Lock()
    event = asyncio.Event()
    counter = 0

    async def guarded(i):
        nonlocal counter
        async with sem:
            async with lock:
                counter += 1
            await asyncio.sleep(0.01 * i)
            if i == n - 1:
                event.set()
            return i * 2

    done, pending = await asyncio.wait(
        [asyncio.create_task(guarded(i)) for i in range(n)],
        return_when=asyncio.FIRST_COMPLETED,
    )
    await event.wait()
    for coro in asyncio.as_completed([guarded(i) for i in range(3)]):
        print(await coro)
    return sorted(t.result() for t in done)


def generator_pipeline(lines):
    numbers = (int(line) for line in lines if line.strip())
    evens = (n for n in numbers if n % 2 == 0)
    yield from evens
    total = yield "total?"
    return total


def coroutine_by_hand():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            break
        received.append(value)
    return received


@__import__('types').coroutine
def legacy_sleep():
    yield


class AsyncRange:
    def __init__(self, stop):
        self.i, self.stop = 0, stop

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.stop:
            raise StopAsyncIteration
        self.i += 1
        return self.i - 1

    def __await__(self):
        return (yield from asyncio.sleep(0).__await__())


if __name__ == "__main__":
    asyncio.run(main())
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(gather_demo())
    finally:
        loop.close()
