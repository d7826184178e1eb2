# call_soon/call_later/call_at take only `context=` as a keyword: one
# meant for the callback is a TypeError (functools.partial passes it).
import asyncio
import functools


def greet(name, *, punctuation="!"):
    print(f"hello {name}{punctuation}")


async def main():
    loop = asyncio.get_running_loop()
    calls = [
        lambda: loop.call_soon(greet, "ann", punctuation="?"),
        lambda: loop.call_later(0.1, greet, "bob", punctuation="."),
        lambda: loop.call_at(loop.time() + 1, greet, "cy", punctuation=";"),
        lambda: loop.create_future().add_done_callback(greet, punctuation="?"),
    ]
    for call in calls:
        try:
            call()
        except TypeError as e:
            print("TypeError:", e)
    loop.call_soon(functools.partial(greet, "dee", punctuation="?"))
    await asyncio.sleep(0)


asyncio.run(main())
