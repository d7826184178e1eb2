import asyncio


async def numbers():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0.1)
    finally:
        print("numbers() finalised")


async def main():
    agen = numbers()
    async for n in agen:
        print("got", n)
        if n == 2:
            break
    print("loop broken, async generator still suspended")


asyncio.run(main())
print("after asyncio.run")
