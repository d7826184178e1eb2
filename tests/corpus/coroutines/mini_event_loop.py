import types
from collections import deque


@types.coroutine
def switch():
    yield


async def worker(name, n):
    for i in range(n):
        print(f"{name}: step {i}")
        await switch()
    return f"{name} finished after {n} steps"


def run(*coros):
    ready = deque(coros)
    results = []
    while ready:
        coro = ready.popleft()
        try:
            coro.send(None)
        except StopIteration as stop:
            results.append(stop.value)
        else:
            ready.append(coro)
    return results


for line in run(worker("A", 2), worker("B", 3), worker("C", 1)):
    print(line)
