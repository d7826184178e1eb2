import types


@types.coroutine
def suspend(label):
    print(f"  suspending with {label!r}")
    received = yield label
    print(f"  resumed with {received!r}")
    return received * 2


async def job():
    a = await suspend("first")
    b = await suspend("second")
    return a + b


c = job()
print("yielded:", c.send(None))
print("yielded:", c.send(1))
try:
    c.send(20)
except StopIteration as e:
    print("job returned", e.value)
