import asyncio


async def important():
    await asyncio.sleep(0.5)
    print("important work completed")
    return 99


async def main():
    task = asyncio.create_task(important())
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.2)
    except TimeoutError:
        print(f"gave up waiting at {asyncio.get_running_loop().time():.1f}")
    print("task still running:", not task.done())
    print("result later:", await task)


asyncio.run(main())
