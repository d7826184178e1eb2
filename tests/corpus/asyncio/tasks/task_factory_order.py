import asyncio

order = []


async def record(name):
    order.append(f"{name} start")
    await asyncio.sleep(0)
    order.append(f"{name} end")


async def main():
    a = asyncio.create_task(record("a"))
    b = asyncio.create_task(record("b"))
    await record("main")
    await asyncio.gather(a, b)
    print(order)


asyncio.run(main())
