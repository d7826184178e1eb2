import asyncio


async def main():
    results = await asyncio.gather(*(asyncio.sleep(i % 100 / 100, result=i) for i in range(10_000)))
    print(sum(results))


asyncio.run(main())
