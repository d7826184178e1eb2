import asyncio


async def download():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError as e:
        print("download sees:", repr(e), e.args)
        raise


async def main():
    task = asyncio.create_task(download())
    await asyncio.sleep(0.1)
    task.cancel("user pressed stop")
    try:
        await task
    except asyncio.CancelledError as e:
        print("main sees:", repr(e))
    try:
        task.result()
    except asyncio.CancelledError as e:
        print("result() raises:", repr(e))


asyncio.run(main())
