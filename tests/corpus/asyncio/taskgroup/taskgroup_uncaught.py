import asyncio


async def download(name):
    await asyncio.sleep(0.1)
    if name == "broken.bin":
        raise ConnectionResetError(f"connection reset while fetching {name}")
    print(f"downloaded {name}")


async def main():
    async with asyncio.TaskGroup() as tg:
        for name in ["a.txt", "broken.bin"]:
            tg.create_task(download(name))


asyncio.run(main())
