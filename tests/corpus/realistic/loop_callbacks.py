import asyncio


def on_timer(name: str, loop: asyncio.AbstractEventLoop) -> None:
    print(f"{loop.time():.2f}: timer {name} fired")


def on_soon(msg: str) -> None:
    print("soon:", msg)


async def main() -> None:
    loop = asyncio.get_running_loop()
    loop.call_soon(on_soon, "first")
    loop.call_later(0.5, on_timer, "B", loop)
    loop.call_later(0.2, on_timer, "A", loop)
    h = loop.call_later(0.3, on_timer, "cancelled", loop)
    loop.call_at(loop.time() + 0.7, on_timer, "C (call_at)", loop)
    loop.call_soon(on_soon, "second")
    h.cancel()
    print("handle cancelled?", h.cancelled())

    fut = loop.create_future()
    loop.call_later(1.0, fut.set_result, "future value")
    print("waiting for future...")
    value = await fut
    print(f"{loop.time():.2f}: got {value!r}")


asyncio.run(main())
