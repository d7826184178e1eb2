import types


@types.coroutine
def pause():
    yield


async def worker():
    print("worker start")
    try:
        await pause()
        print("not reached")
    finally:
        print("worker finally")


c = worker()
c.send(None)
print("closing")
c.close()
print("closed")
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
