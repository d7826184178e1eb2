import asyncio


async def main():
    task = asyncio.current_task()
    asyncio.get_running_loop().call_later(1, task.cancel, "shutting down")
    n = 0
    try:
        while True:
            await asyncio.sleep(0.3)
            n += 1
            print("working", n)
    except asyncio.CancelledError as e:
        print("main got", repr(e))
        return "clean exit"


print(asyncio.run(main()))
