import asyncio
import itertools


async def spin(msg):
    for char in itertools.cycle(r"\|/-"):
        status = f"\r{char} {msg}"
        print(status, end="", flush=True)
        try:
            await asyncio.sleep(0.1)
        except asyncio.CancelledError:
            break
    blanks = " " * len(status)
    print(f"\r{blanks}\r", end="")


async def slow_function():
    await asyncio.sleep(0.55)
    return 42


async def supervisor():
    spinner = asyncio.create_task(spin("thinking!"))
    print(f"spinner object: {spinner.get_name()}")
    result = await slow_function()
    spinner.cancel()
    await asyncio.sleep(0)
    return result


result = asyncio.run(supervisor())
print(f"Answer: {result}")
