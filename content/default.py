import asyncio


async def worker(name, delay):
    print(f"{name}: going to sleep for {delay} s")
    await asyncio.sleep(delay)
    print(f"{name}: woke up after {delay} s")
    return name


async def main():
    slow = asyncio.create_task(worker("slow", 2))
    fast = asyncio.create_task(worker("fast", 1))
    print("main: both tasks created")
    await slow
    await fast
    print("main: done")


asyncio.run(main())
