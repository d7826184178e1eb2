import asyncio


async def main():
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print(t.done(), t.cancelled())
    for method in (t.result, t.exception):
        try:
            method()
        except asyncio.CancelledError as e:
            print(f"{method.__name__}() raised CancelledError{e.args}")


asyncio.run(main())
