import types


@types.coroutine
def pause():
    yield


async def task(name):
    print(f"{name}: start")
    try:
        await pause()
    finally:
        print(f"{name}: finally")


c = task("t1")
c.send(None)
print("dropping t1")
c = None
print("after drop")
task("t2")
print("t2 never started: warning only")
