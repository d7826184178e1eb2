import inspect
import types


@types.coroutine
def pause():
    yield


async def job():
    await pause()


c = job()
print(inspect.getcoroutinestate(c), inspect.iscoroutine(c), inspect.iscoroutinefunction(job))
c.send(None)
print(inspect.getcoroutinestate(c))
c.close()
print(inspect.getcoroutinestate(c))
print(inspect.isawaitable(c), inspect.iscoroutinefunction(pause))
