# The graceful-shutdown set-up: a loop keeps handlers for SIGINT and
# SIGTERM (checked as CPython checks them), which nothing sends during
# the run, and gives the process its own handlers back when it closes.
import asyncio
import functools
import signal


def ask_exit(signame: str, loop: asyncio.AbstractEventLoop) -> None:
    print(f"got signal {signame}: exit")
    loop.stop()


async def main() -> None:
    loop = asyncio.get_running_loop()
    for signame in ("SIGINT", "SIGTERM"):
        loop.add_signal_handler(getattr(signal, signame),
                                functools.partial(ask_exit, signame, loop))
    print(signal.getsignal(signal.SIGTERM).__name__)
    await asyncio.sleep(1)
    for bad in ("SIGTERM", 0, signal.SIGKILL):
        try:
            loop.add_signal_handler(bad, print)
        except (TypeError, ValueError, RuntimeError) as e:
            print(f"{type(e).__name__}: {e}")
    try:
        loop.add_signal_handler(signal.SIGUSR1, main)
    except TypeError as e:
        print("TypeError:", e)
    print(loop.remove_signal_handler(signal.SIGINT), loop.remove_signal_handler(signal.SIGINT))
    print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)


asyncio.run(main())
print(signal.getsignal(signal.SIGTERM), repr(signal.getsignal(signal.SIGTERM)))
print(signal.SIGTERM, repr(signal.SIGTERM), signal.Signals(2).name, signal.strsignal(signal.SIGTERM))
