# asyncio and inspect tell coroutine functions apart also through bound
# methods and functools.partial; coroutine states.
import asyncio
import inspect
import functools

async def coro_fn(x):
    await asyncio.sleep(0)
    return x

async def agen():
    yield 1

def plain():
    pass

class Svc:
    async def method(self):
        return 1
    @staticmethod
    async def smethod():
        return 2

async def main():
    p = functools.partial(coro_fn, 1)
    print(asyncio.iscoroutinefunction(coro_fn), asyncio.iscoroutinefunction(plain), asyncio.iscoroutinefunction(p))
    print(inspect.iscoroutinefunction(coro_fn), inspect.iscoroutinefunction(p), inspect.isasyncgenfunction(agen))
    c = coro_fn(1)
    print(asyncio.iscoroutine(c), inspect.iscoroutine(c), inspect.isawaitable(c), asyncio.isfuture(c))
    await c
    print(asyncio.iscoroutinefunction(Svc().method), asyncio.iscoroutinefunction(Svc.smethod))
    t = asyncio.ensure_future(coro_fn(2))
    print(asyncio.isfuture(t), isinstance(t, asyncio.Future), isinstance(t, asyncio.Task), await t)
    print(inspect.getcoroutinestate(c))
    c2 = coro_fn(3)
    print(inspect.getcoroutinestate(c2))
    c2.close()
    print(inspect.getcoroutinestate(c2))
    print(asyncio.get_running_loop().get_debug())
    print(inspect.signature(coro_fn), coro_fn.__qualname__, Svc.method.__qualname__)

asyncio.run(main())
