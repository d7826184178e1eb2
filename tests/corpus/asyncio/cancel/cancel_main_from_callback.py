import asyncio


async def main():
    me = asyncio.current_task()
    asyncio.get_running_loop().call_later(0.5, me.cancel)
    print("main waiting")
    try:
        await asyncio.sleep(2)
    finally:
        print(f"main finally at {asyncio.get_running_loop().time():.1f}")


asyncio.run(main())
