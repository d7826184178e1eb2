import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def connection(name):
    await asyncio.sleep(0.1)
    print(f"connected to {name}")
    try:
        yield f"<conn {name}>"
    finally:
        await asyncio.sleep(0.1)
        print(f"disconnected from {name}")


async def main():
    async with connection("db") as conn:
        print("using", conn)
    try:
        async with connection("cache"):
            raise LookupError("key missing")
    except LookupError as e:
        print("error propagated:", e)
    print(f"t={asyncio.get_running_loop().time():.1f}")


asyncio.run(main())
