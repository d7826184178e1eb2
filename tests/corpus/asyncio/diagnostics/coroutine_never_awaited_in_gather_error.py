import asyncio


async def step(n):
    return n


async def main():
    coros = [step(1), step(2)]
    try:
        await asyncio.gather(*coros, 42)
    except TypeError as e:
        print("TypeError:", e)
    print("main end")


asyncio.run(main())
