import inspect
import types


@types.coroutine
def pause():
    yield


async def job():
    print("  state inside:", inspect.getcoroutinestate(c))
    await pause()
    return "ok"


c = job()
print(inspect.getcoroutinestate(c))
c.send(None)
print(inspect.getcoroutinestate(c))
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
print(inspect.getcoroutinestate(c))

d = job()
d.close()
print(inspect.getcoroutinestate(d))
