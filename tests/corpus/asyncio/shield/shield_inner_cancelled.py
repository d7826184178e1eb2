import asyncio


async def main():
    inner = asyncio.create_task(asyncio.sleep(1))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    inner.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("cancelling the inner task cancels the shield's outer future:", outer.cancelled())
    done = asyncio.get_running_loop().create_future()
    done.set_result("ready")
    print(asyncio.shield(done) is done)


asyncio.run(main())
