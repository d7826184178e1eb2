async def running_total():
    total = 0
    while True:
        value = yield total
        if value is not None:
            total += value


def drive(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("awaitable suspended")


gen = running_total()
print(drive(gen.asend(None)))
print(drive(gen.asend(5)))
print(drive(gen.asend(10)))
print(drive(gen.__anext__()))
drive(gen.aclose())
print("closed")
try:
    drive(gen.asend(1))
except StopAsyncIteration:
    print("asend after aclose: StopAsyncIteration")
