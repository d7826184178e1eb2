import asyncio
import random

random.seed(42)


class TransientError(Exception):
    pass


async def unreliable_call(attempt):
    await asyncio.sleep(0.05)
    if random.random() < 0.6:
        raise TransientError(f"attempt {attempt} failed")
    return f"success on attempt {attempt}"


async def with_retries(max_attempts=6, base=0.1):
    loop = asyncio.get_running_loop()
    for attempt in range(1, max_attempts + 1):
        try:
            return await unreliable_call(attempt)
        except TransientError as e:
            delay = base * 2 ** (attempt - 1)
            print(f"[{loop.time():.2f}] {e}; retrying in {delay:.1f}s")
            await asyncio.sleep(delay)
    raise RuntimeError("gave up")


async def main():
    for _ in range(3):
        print(await with_retries())


asyncio.run(main())
