import asyncio


def say(what):
    loop = asyncio.get_running_loop()
    print(f"t={loop.time():.1f}  {what}")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.5, say, "call_later(0.5)")
    loop.call_later(0, say, "call_later(0)")
    loop.call_soon(say, "call_soon #1")
    loop.call_at(loop.time() + 0.2, say, "call_at(now + 0.2)")
    loop.call_soon(say, "call_soon #2")
    print("main: scheduled five callbacks, none has run yet")
    await asyncio.sleep(1)
    print("main: done")


asyncio.run(main())
