import asyncio


async def job(name):
    print(f"{name} starts")
    await asyncio.sleep(0)
    return name.upper()


async def main():
    early = asyncio.create_task(job("task"))
    results = await asyncio.gather(job("coro1"), early, job("coro2"))
    print(results)


asyncio.run(main())
