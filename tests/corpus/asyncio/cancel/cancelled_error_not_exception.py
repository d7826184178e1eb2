import asyncio


async def careless():
    try:
        await asyncio.sleep(5)
    except Exception as e:
        print("except Exception caught", type(e).__name__)
    finally:
        print("finally still runs")


async def main():
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))
    t = asyncio.create_task(careless())
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("CancelledError went straight through `except Exception`")


asyncio.run(main())
