import asyncio


def on_done(fut):
    print(f"  callback: the future is done, result={fut.result()!r}")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(on_done)
    print("pending:", fut)

    # Someone else will resolve it later; here, a timer does.
    loop.call_later(1, fut.set_result, "the answer")
    print("main: awaiting the future")
    value = await fut
    print(f"main: woke up at t={loop.time():.0f} with {value!r}")
    print("done:", fut)

    try:
        fut.set_result("again")
    except asyncio.InvalidStateError as err:
        print("a future is resolved only once:", err)


asyncio.run(main())
