# Handles and futures name a callback as format_helpers does: a partial
# shows its own arguments first, only plain functions get "at file:line",
# and builtin methods carry their type (Future.set_result).
import asyncio
import functools


class Notifier:
    def on_done(self, fut):
        print("notified", fut.result())


def log(prefix, fut, *, level="info"):
    print(prefix, level, fut.result())


def plain(fut):
    print("plain", fut.result())


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(Notifier().on_done)
    fut.add_done_callback(functools.partial(log, "partial:", level="debug"))
    print(fut)
    fut.add_done_callback(plain)
    print(fut)
    target = loop.create_future()
    h = loop.call_later(1, target.set_result, "late")
    print(repr(h).split(" when=")[0], "...", repr(h).split(" ")[-1])
    print(loop.call_soon(functools.partial(print, "a"), "b"))
    fut.add_done_callback(functools.partial(log, "again:"))
    fut.set_result(7)
    fut.remove_done_callback(plain)
    print(await target)


asyncio.run(main())
