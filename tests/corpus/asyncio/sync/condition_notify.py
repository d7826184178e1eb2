import asyncio


async def consumer(cond, name, items):
    async with cond:
        while not items:
            print(f"{name} waits")
            await cond.wait()
        item = items.pop(0)
        print(f"{name} took {item}")


async def main():
    cond = asyncio.Condition()
    items = []
    consumers = [asyncio.create_task(consumer(cond, f"c{i}", items)) for i in range(3)]
    await asyncio.sleep(0.1)
    async with cond:
        items.append("apple")
        cond.notify(1)
    await asyncio.sleep(0.1)
    async with cond:
        items.extend(["pear", "plum"])
        cond.notify_all()
    await asyncio.gather(*consumers)


asyncio.run(main())
