import asyncio


async def countdown(name: str, seconds: int, step: float) -> None:
    loop = asyncio.get_running_loop()
    for remaining in range(seconds, 0, -1):
        print(f"{loop.time():4.1f} {name:>6}: {remaining}")
        await asyncio.sleep(step)
    print(f"{loop.time():4.1f} {name:>6}: ding!")


async def main() -> None:
    await asyncio.gather(
        countdown("eggs", 3, 1.0),
        countdown("tea", 4, 0.6),
        countdown("toast", 2, 1.3),
    )


asyncio.run(main())
