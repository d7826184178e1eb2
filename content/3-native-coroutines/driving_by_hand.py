import types


@types.coroutine
def pause(reason):
    # A generator-based awaitable: its yield goes all the way out to whoever
    # called send(), through every await in between.
    reply = yield reason
    return reply


async def add_slowly(a, b):
    x = await pause(f"need a: {a}")
    y = await pause(f"need b: {b}")
    return x + y


coro = add_slowly(2, 3)
print("send(None) starts it:", coro.send(None))
print("send(20) resumes it:", coro.send(20))
try:
    coro.send(30)
except StopIteration as stop:
    print("it returned by raising StopIteration:", stop.value)
