import asyncio


async def sleeper():
    await asyncio.sleep(1)


async def answer():
    return 42


async def failing():
    raise ValueError("nope")


async def main():
    pending = asyncio.create_task(sleeper(), name="sleeper")
    print(pending)
    await asyncio.sleep(0)
    print(pending)
    done = asyncio.create_task(answer())
    await done
    print(done)
    bad = asyncio.create_task(failing())
    await asyncio.sleep(0)
    print(bad)
    bad.exception()
    pending.cancel()
    await asyncio.sleep(0)
    print(pending)


asyncio.run(main())
