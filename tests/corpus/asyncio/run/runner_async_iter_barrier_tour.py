import asyncio
import contextlib


class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0.1)
        self.n -= 1
        return self.n


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0)
        print("acquire", self.name)
        return self

    async def __aexit__(self, *exc):
        print("release", self.name, exc[0])
        return False


async def main():
    async for v in Ticker(3):
        print("tick", v)
    async with contextlib.AsyncExitStack() as stack:
        r1 = await stack.enter_async_context(Resource("a"))
        r2 = await stack.enter_async_context(Resource("b"))
        stack.push_async_callback(asyncio.sleep, 0)
        print("using", r1.name, r2.name)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(1, fut.set_result, "done later")
    print(await asyncio.wait_for(fut, 2))
    q = asyncio.PriorityQueue()
    for p, item in [(3, "low"), (1, "high"), (2, "mid")]:
        await q.put((p, item))
    while not q.empty():
        print(await q.get())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("empty")
    sem = asyncio.BoundedSemaphore(1)
    async with sem:
        pass
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)
    barrier = asyncio.Barrier(3)

    async def party(i):
        await asyncio.sleep(i * 0.1)
        idx = await barrier.wait()
        print("party", i, "passed", idx)

    await asyncio.gather(*(party(i) for i in range(3)))
    lock = asyncio.Lock()
    async with lock:
        print("locked", lock.locked())
    print("unlocked", lock.locked())


with asyncio.Runner() as runner:
    runner.run(main())
    print(runner.get_loop().is_closed())
