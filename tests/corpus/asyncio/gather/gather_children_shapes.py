# gather's children in several shapes: the same coroutine twice, a mix of
# futures and coroutines, failures with and without return_exceptions, a
# child cancelled, and a queue whose join() waiters wake on the last
# task_done().
import asyncio


async def value(x, delay=0):
    await asyncio.sleep(delay)
    return x


async def fail(msg, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def joiner(q, name):
    await q.join()
    print(name, "sees the queue joined")


async def main():
    c = value("same")
    print(await asyncio.gather(c, c, value(1)))

    fut = asyncio.get_running_loop().create_future()
    fut.set_result("future")
    print(await asyncio.gather(value(2), fut, value(3, 0.1)))

    print(await asyncio.gather(value(4), fail("boom"), return_exceptions=True))
    try:
        await asyncio.gather(value(5, 0.1), fail("first"), fail("second", 0.2))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(0.3)

    t = asyncio.ensure_future(value(6, 1))
    g = asyncio.gather(t, value(7), return_exceptions=True)
    await asyncio.sleep(0)
    t.cancel()
    print(await g)

    g = asyncio.gather(value(8, 1), value(9, 1))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("outer cancelled", g.cancelled())

    q = asyncio.Queue()
    joiners = [asyncio.create_task(joiner(q, f"j{i}")) for i in range(2)]
    for i in range(3):
        q.put_nowait(i)
    await asyncio.sleep(0)
    for i in range(3):
        print("got", q.get_nowait())
        q.task_done()
        print("unfinished", q._unfinished_tasks, q._finished.is_set())
    await asyncio.gather(*joiners)
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
