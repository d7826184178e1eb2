import asyncio
import time


async def say_after(delay: float, what: str) -> None:
    await asyncio.sleep(delay)
    print(what)


async def main() -> None:
    print(f"started at {time.strftime('%X', time.gmtime(time.time()))}")

    await say_after(1, "hello")
    await say_after(2, "world")

    print(f"finished at {time.strftime('%X', time.gmtime(time.time()))}")

    task1 = asyncio.create_task(say_after(1, "hello again"))
    task2 = asyncio.create_task(say_after(2, "world again"))
    print(f"started tasks at {time.strftime('%X', time.gmtime(time.time()))}")
    await task1
    await task2
    print(f"finished tasks at {time.strftime('%X', time.gmtime(time.time()))}")


if __name__ == "__main__":
    asyncio.run(main())
