import asyncio


async def getter(name, q):
    item = await q.get()
    print(f"{name} got {item}")


async def main():
    q = asyncio.Queue()
    tasks = [asyncio.create_task(getter(f"g{i}", q)) for i in range(3)]
    await asyncio.sleep(0)
    for item in ["x", "y", "z"]:
        q.put_nowait(item)
        print(f"put {item}")
    await asyncio.gather(*tasks)


asyncio.run(main())
