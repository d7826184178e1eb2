# The loop reports a failing callback with its arguments, as
# _format_callback_source writes them: "bad(1, 'a') at file:line".
import asyncio


def bad(n, label):
    raise ZeroDivisionError(f"{label}: {n}/0")


def handler(loop, context):
    print(context["message"])
    print(repr(context["handle"]).split(" when=")[0])
    print(repr(context["exception"]))


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(bad, 1, "a")
    loop.call_later(0.5, bad, [2, 3], "later")
    await asyncio.sleep(1)


asyncio.run(main())
