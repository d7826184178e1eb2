import asyncio
import functools

def blocking_io(x):
    return x * 2

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    def cb(f, tag):
        print("callback", tag, f.result())
    fut.add_done_callback(functools.partial(cb, tag="T"))
    loop.call_soon(fut.set_result, "R")
    await fut
    await asyncio.sleep(0)
    h = loop.call_at(loop.time() + 1, print, "at")
    h2 = loop.call_later(0.5, print, "later")
    h2.cancel()
    print(h2.cancelled(), h.when() - loop.time())
    await asyncio.sleep(1.5)
    e = asyncio.Event()
    loop.call_later(0.2, e.set)
    await asyncio.wait_for(e.wait(), 1)
    print("event set", e.is_set())
    lock = asyncio.Lock()
    async def crit(i):
        async with lock:
            print("in", i, lock.locked())
            await asyncio.sleep(0.1)
    await asyncio.gather(*(crit(i) for i in range(3)))
    cond = asyncio.Condition()
    items = []
    async def consumer():
        async with cond:
            await cond.wait_for(lambda: items)
            print("consumed", items.pop())
    async def producer():
        await asyncio.sleep(0.1)
        async with cond:
            items.append(1)
            cond.notify()
    await asyncio.gather(consumer(), producer())

asyncio.run(main())
