import asyncio


async def background():
    try:
        while True:
            await asyncio.sleep(0.4)
            print(f"background tick at {asyncio.get_running_loop().time():.1f}")
    except asyncio.CancelledError:
        print("background cancelled by asyncio.run shutdown")
        raise
    finally:
        print("background finally")


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(1)
    print("main returns")


asyncio.run(main())
print("after asyncio.run")
