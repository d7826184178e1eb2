import asyncio


async def victim():
    try:
        print("victim: step 1")
        await asyncio.sleep(0)
        print("victim: step 2 (not reached)")
    except asyncio.CancelledError:
        print("victim: got CancelledError")
        raise


async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    print("main: cancel")
    t.cancel()
    print("main: victim done?", t.done())
    await asyncio.sleep(0)
    print("main: victim done?", t.done())


asyncio.run(main())
