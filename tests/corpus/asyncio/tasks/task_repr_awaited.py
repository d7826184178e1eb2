import asyncio


async def inner():
    await asyncio.sleep(1)
    return "inner done"


async def outer(t):
    return await t


async def main():
    t_inner = asyncio.create_task(inner(), name="inner")
    t_outer = asyncio.create_task(outer(t_inner), name="outer")
    await asyncio.sleep(0.5)
    print(t_inner)
    print(t_outer)
    await t_outer
    print(t_inner)
    print(t_outer)


asyncio.run(main())
