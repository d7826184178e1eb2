# Queue methods a subclass, an instance or a patch replaces are the ones
# put() and get() call, even when the queue neither fills nor empties.
import asyncio


class LoudQueue(asyncio.Queue):
    def _put(self, item):
        print("  _put", item)
        super()._put(item)

    def _get(self):
        item = super()._get()
        print("  _get", item)
        return item

    def full(self):
        print("  full?", self.qsize())
        return super().full()


async def consumer(q, name, n):
    for _ in range(n):
        item = await q.get()
        print(name, "got", item)
        q.task_done()


async def main():
    q = LoudQueue(maxsize=2)
    await q.put(1)
    await q.put(None)
    print(await q.get(), await q.get())

    q = asyncio.Queue()
    q.get_nowait = lambda: "from the instance"
    await q.put("x")
    print(await q.get(), q.qsize())

    q = asyncio.Queue()
    q.extra = True
    await q.put(None)
    print(await q.get(), q.empty())

    original = asyncio.Queue.put_nowait

    def patched(self, item):
        print("  patched put_nowait", item)
        original(self, item)

    asyncio.Queue.put_nowait = patched
    q = asyncio.Queue()
    await q.put(7)
    asyncio.Queue.put_nowait = original
    await q.put(8)
    print(await q.get(), await q.get())

    q = asyncio.Queue()
    q._finished = asyncio.Event()
    await q.put(3)
    print(q._finished.is_set(), q._unfinished_tasks)

    q = asyncio.Queue(maxsize=1)
    waiting = [asyncio.create_task(consumer(q, f"c{i}", 1)) for i in range(3)]
    await asyncio.sleep(0)
    waiting[0].cancel()
    await q.put("a")
    await q.put("b")
    await asyncio.sleep(0)
    print([t.cancelled() for t in waiting], q.qsize())
    await q.join()


asyncio.run(main())
