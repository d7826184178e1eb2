import asyncio


async def noop():
    await asyncio.sleep(0)


async def main():
    print(asyncio.current_task().get_name())
    t1 = asyncio.create_task(noop())
    t2 = asyncio.create_task(noop(), name="downloader")
    t3 = asyncio.create_task(noop())
    print(t1.get_name(), t2.get_name(), t3.get_name())
    t3.set_name("renamed")
    print(t3.get_name())
    await asyncio.gather(t1, t2, t3)
    t4 = asyncio.create_task(noop())
    print(t4.get_name())
    await t4


asyncio.run(main())
