import asyncio


async def leaf(name, d):
    await asyncio.sleep(d)
    print(f"leaf {name} at {asyncio.get_running_loop().time():.1f}")


async def subtree(prefix):
    async with asyncio.TaskGroup() as tg:
        tg.create_task(leaf(prefix + ".1", 0.2))
        tg.create_task(leaf(prefix + ".2", 0.1))
    print(f"subtree {prefix} complete")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(subtree("a"))
        tg.create_task(subtree("b"))
        tg.create_task(leaf("c", 0.15))
    print("all done")


asyncio.run(main())
