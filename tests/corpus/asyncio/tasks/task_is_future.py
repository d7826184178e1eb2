import asyncio


async def job():
    return 1


async def main():
    t = asyncio.create_task(job())
    print(isinstance(t, asyncio.Task), isinstance(t, asyncio.Future), asyncio.isfuture(t))
    coro = job()
    print(asyncio.iscoroutine(coro), asyncio.iscoroutinefunction(job))
    coro.close()
    c = t.get_coro()
    print(c.__name__, t.get_loop() is asyncio.get_running_loop())
    await t


asyncio.run(main())
