import asyncio


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(3 * 24 * 3600)
    print(f"three days later: t={loop.time()}")
    print(f"days: {loop.time() / 86400:.0f}")


asyncio.run(main())
