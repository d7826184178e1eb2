import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.3, print, "0.3 (scheduled first)")
    loop.call_later(0.1, print, "0.1")
    loop.call_later(0.2, print, "0.2 a")
    loop.call_later(0.2, print, "0.2 b")
    loop.call_later(0.1, print, "0.1 again")
    loop.call_at(loop.time() + 0.2, print, "0.2 via call_at")
    await asyncio.sleep(0.5)
    print(f"main done at {loop.time():.1f}")


asyncio.run(main())
