import types


@types.coroutine
def pause():
    yield "paused"


async def job():
    await pause()


c = job()
print(c.__name__, c.__qualname__, c.cr_running, c.cr_await is None)
c.send(None)
print(c.cr_await is not None, c.cr_frame.f_lineno)
try:
    c.send(None)
except StopIteration:
    pass
print(c.cr_frame is None)
import collections.abc

print(isinstance(c, collections.abc.Coroutine), isinstance(c, collections.abc.Awaitable))
print(isinstance(c, collections.abc.Generator))
