import asyncio


async def ignore_cancel():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("caught CancelledError and returning normally")
    return "survived"


async def main():
    t = asyncio.create_task(ignore_cancel())
    await asyncio.sleep(0.1)
    print("cancel() returned", t.cancel())
    result = await t
    print("result:", result, "cancelled():", t.cancelled())


asyncio.run(main())
