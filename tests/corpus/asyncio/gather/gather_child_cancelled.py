import asyncio


async def slow():
    await asyncio.sleep(1)
    return "slow"


async def main():
    t1 = asyncio.create_task(slow())
    t2 = asyncio.create_task(slow())
    asyncio.get_running_loop().call_later(0.5, t1.cancel)
    results = await asyncio.gather(t1, t2, return_exceptions=True)
    print([type(r).__name__ for r in results])
    t3 = asyncio.create_task(slow())
    asyncio.get_running_loop().call_later(0.5, t3.cancel)
    try:
        await asyncio.gather(t3, slow())
    except asyncio.CancelledError:
        print("gather raised CancelledError after a child was cancelled")


asyncio.run(main())
