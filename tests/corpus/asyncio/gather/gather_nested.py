import asyncio


async def leaf(name, d):
    await asyncio.sleep(d)
    return name


async def branch(prefix):
    return await asyncio.gather(leaf(prefix + "1", 0.2), leaf(prefix + "2", 0.1))


async def main():
    tree = await asyncio.gather(branch("a"), branch("b"), leaf("c", 0.05))
    print(tree)
    print(f"t={asyncio.get_running_loop().time():.2f}")


asyncio.run(main())
