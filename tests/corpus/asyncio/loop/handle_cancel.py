import asyncio


async def main():
    loop = asyncio.get_running_loop()
    keep = loop.call_later(0.2, print, "kept timer fires")
    drop = loop.call_later(0.1, print, "cancelled timer (never printed)")
    soon = loop.call_soon(print, "cancelled call_soon (never printed)")
    drop.cancel()
    soon.cancel()
    print("cancelled:", drop.cancelled(), soon.cancelled(), keep.cancelled())
    print("when:", drop.when(), keep.when())
    await asyncio.sleep(0.3)
    keep.cancel()
    print("cancelling after it ran is harmless:", keep.cancelled())


asyncio.run(main())
