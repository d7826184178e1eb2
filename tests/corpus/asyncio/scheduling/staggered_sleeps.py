import asyncio


async def say_after(delay, what):
    await asyncio.sleep(delay)
    loop = asyncio.get_running_loop()
    print(f"t={loop.time():.1f} {what}")


async def main():
    loop = asyncio.get_running_loop()
    print(f"started at {loop.time():.1f}")
    await say_after(1, "hello")
    await say_after(2, "world")
    print(f"sequential finished at {loop.time():.1f}")
    t1 = asyncio.create_task(say_after(1, "hello"))
    t2 = asyncio.create_task(say_after(2, "world"))
    await t1
    await t2
    print(f"concurrent finished at {loop.time():.1f}")


asyncio.run(main())
