import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    print(f1)
    f1.set_result(42)
    print(f1)
    f2 = loop.create_future()
    f2.set_exception(ValueError("bad"))
    print(f2)
    f2.exception()
    f3 = loop.create_future()
    f3.cancel()
    print(f3)
    f4 = loop.create_future()
    f4.set_result([1, "two"])
    print(f4)


asyncio.run(main())
