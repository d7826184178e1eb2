import asyncio


async def service():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print(f"service: graceful shutdown starts at {loop.time():.1f}")
        await asyncio.sleep(0.5)
        print(f"service: graceful shutdown done at {loop.time():.1f}")
        raise


async def main():
    asyncio.create_task(service())
    await asyncio.sleep(2)
    print("main done")


asyncio.run(main())
print("program end")
