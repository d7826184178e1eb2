import asyncio


async def busy():
    loop = asyncio.get_running_loop()
    for i in range(5):
        await asyncio.sleep(0)
    print(f"busy done at {loop.time()}")


async def timer():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.001)
    print(f"timer fired at {loop.time()}")


async def main():
    await asyncio.gather(timer(), busy())


asyncio.run(main())
