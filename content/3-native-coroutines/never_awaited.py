import asyncio


async def save(record):
    print(f"saving {record}")
    await asyncio.sleep(0.1)
    print(f"saved {record}")


async def main():
    save("alice")  # oops: this only creates a coroutine object
    print("main: the line above did nothing")
    await save("bob")  # this one runs
    print("main: done")


asyncio.run(main())
