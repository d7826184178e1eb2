import asyncio


async def slow_operation():
    try:
        print("slow operation started")
        await asyncio.sleep(1)
        print("slow operation finished (not reached)")
    finally:
        print("slow operation cleanup")


async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait_for(slow_operation(), timeout=0.2)
    except TimeoutError:
        print(f"timed out at {loop.time():.1f}")
    print(TimeoutError is asyncio.TimeoutError)


asyncio.run(main())
