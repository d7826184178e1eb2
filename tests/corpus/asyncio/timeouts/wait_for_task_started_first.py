import asyncio


async def job():
    await asyncio.sleep(1.0)
    print("job finished")
    return "job result"


async def main():
    task = asyncio.create_task(job())
    await asyncio.sleep(0)
    print("job is already sleeping; now wait for it with a 1.0 s timeout")
    try:
        result = await asyncio.wait_for(task, timeout=1.0)
        print("wait_for returned", result)
    except TimeoutError:
        print("wait_for raised TimeoutError")


asyncio.run(main())
