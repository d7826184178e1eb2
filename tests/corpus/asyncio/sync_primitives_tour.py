import asyncio

async def ticker(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0.1)

async def worker(name, sem, ev):
    await ev.wait()
    async with sem:
        print(f'{name} in')
        await asyncio.sleep(0.2)
        print(f'{name} out')
    return name

async def main():
    async for t in ticker(3):
        print('tick', t)
    print([x async for x in ticker(3)])
    sem = asyncio.Semaphore(2)
    ev = asyncio.Event()
    tasks = [asyncio.create_task(worker(f'w{i}', sem, ev)) for i in range(4)]
    await asyncio.sleep(0.05)
    ev.set()
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending))
    for coro in asyncio.as_completed(pending):
        print('as_completed', await coro)
    try:
        async with asyncio.timeout(0.1):
            await asyncio.sleep(1)
    except TimeoutError:
        print('timeout')
    cond = asyncio.Condition()
    async def waiter():
        async with cond:
            await cond.wait()
            print('notified')
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await w
    r = await asyncio.shield(asyncio.sleep(0.1, result='shielded'))
    print(r)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.1, fut.set_result, 'later')
    print(await fut, round(loop.time(), 2))
    print(asyncio.current_task().get_name())
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.1)
    except asyncio.TimeoutError:
        print('wait_for timeout')
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(asyncio.sleep(0.1, result=1))
        t2 = tg.create_task(asyncio.sleep(0.2, result=2))
    print(t1.result(), t2.result())

asyncio.run(main())
