import asyncio


async def job():
    await asyncio.sleep(1.0)
    print("job finished at the deadline")
    return "job result"


async def main():
    task = asyncio.create_task(job())
    try:
        result = await asyncio.wait_for(task, timeout=1.0)
        print("wait_for returned", result)
    except TimeoutError:
        print("wait_for raised TimeoutError")


asyncio.run(main())
