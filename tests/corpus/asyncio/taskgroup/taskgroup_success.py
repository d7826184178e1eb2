import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} done at {asyncio.get_running_loop().time():.1f}")
    return name.upper()


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(fetch("first", 0.2))
        t2 = tg.create_task(fetch("second", 0.1))
        print("tasks created inside the group")
    print("group exited:", t1.result(), t2.result())


asyncio.run(main())
