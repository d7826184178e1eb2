import asyncio
import random

random.seed(3)


class TransientError(Exception):
    pass


class FlakyService:
    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.calls = 0

    async def call(self, payload: str) -> str:
        self.calls += 1
        await asyncio.sleep(0.05)
        if self.calls <= self.failures:
            raise TransientError(f"attempt {self.calls} failed")
        return payload.upper()


async def retry(coro_fn, *args, attempts: int = 5, base: float = 0.1, factor: float = 2.0):
    loop = asyncio.get_running_loop()
    for attempt in range(1, attempts + 1):
        try:
            return await coro_fn(*args)
        except TransientError as exc:
            if attempt == attempts:
                print(f"giving up after {attempt} attempts")
                raise
            delay = base * factor ** (attempt - 1)
            jitter = random.uniform(0, delay / 10)
            print(f"[{loop.time():6.3f}] {exc}; retrying in {delay + jitter:.3f}s")
            await asyncio.sleep(delay + jitter)


async def main() -> None:
    ok = FlakyService(failures=3)
    result = await retry(ok.call, "hello")
    print("result:", result, "after", ok.calls, "calls")

    bad = FlakyService(failures=10)
    try:
        await retry(bad.call, "nope", attempts=4)
    except TransientError as exc:
        print("final error:", repr(exc))


asyncio.run(main())
