import asyncio


def bad_handler(loop, context):
    raise ZeroDivisionError("in handler")


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print(e)
    loop.set_exception_handler(bad_handler)
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    loop.set_exception_handler(None)
    loop.call_soon(lambda: [][1])
    await asyncio.sleep(0)
    loop.default_exception_handler({"message": "via default"})
    print("done")


asyncio.run(main())
