import asyncio


async def job():
    return "job done"


async def main():
    t = asyncio.ensure_future(job())
    print(type(t).__name__, t.get_name())
    same = asyncio.ensure_future(t)
    print("same task:", same is t)
    print(await t)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
