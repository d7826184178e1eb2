import asyncio
import types


@types.coroutine
def yield_to_loop():
    yield


async def worker(name):
    for i in range(2):
        print(name, i)
        await yield_to_loop()


async def main():
    await asyncio.gather(worker("a"), worker("b"))


asyncio.run(main())
