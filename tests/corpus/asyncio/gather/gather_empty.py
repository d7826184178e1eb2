import asyncio


async def main():
    result = await asyncio.gather()
    print("empty gather:", result)
    result = await asyncio.gather(*[])
    print("still empty:", result)


asyncio.run(main())
