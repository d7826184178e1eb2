# Calling asyncio.Task (or a subclass whose __init__ calls super) makes a
# scheduled task, as loop.create_task does.
import asyncio


async def job(n):
    await asyncio.sleep(n)
    return n * 10


class LoggedTask(asyncio.Task):
    def __init__(self, coro, **kw):
        print("LoggedTask init", kw)
        super().__init__(coro, **kw)


async def main():
    t = asyncio.Task(job(1), name="direct")
    print(t.get_name(), t.done())
    s = LoggedTask(job(2), name="logged")
    u = asyncio.Task(job(0))
    print(sorted(x.get_name() for x in asyncio.all_tasks()))
    print(await t, await s, await u, u.get_name())
    print(type(s).__name__, s.get_loop() is asyncio.get_running_loop())
    try:
        asyncio.Task(5)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
