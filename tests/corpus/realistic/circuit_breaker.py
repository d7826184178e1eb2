import asyncio


class CircuitOpenError(Exception):
    pass


class CircuitBreaker:
    def __init__(self, max_failures: int, reset_after: float) -> None:
        self.max_failures = max_failures
        self.reset_after = reset_after
        self.failures = 0
        self.opened_at: float | None = None

    @property
    def state(self) -> str:
        if self.opened_at is None:
            return "closed"
        if asyncio.get_running_loop().time() - self.opened_at >= self.reset_after:
            return "half-open"
        return "open"

    async def call(self, coro_fn, *args):
        if self.state == "open":
            raise CircuitOpenError("circuit is open")
        try:
            result = await coro_fn(*args)
        except Exception:
            self.failures += 1
            if self.failures >= self.max_failures or self.state == "half-open":
                self.opened_at = asyncio.get_running_loop().time()
            raise
        self.failures = 0
        self.opened_at = None
        return result


async def unreliable(i: int) -> str:
    await asyncio.sleep(0.1)
    if 2 <= i <= 6:
        raise ConnectionError(f"request {i} failed")
    return f"response {i}"


async def main() -> None:
    breaker = CircuitBreaker(max_failures=2, reset_after=0.5)
    loop = asyncio.get_running_loop()
    for i in range(12):
        try:
            result = await breaker.call(unreliable, i)
            outcome = f"ok: {result}"
        except CircuitOpenError as e:
            outcome = f"rejected: {e}"
            await asyncio.sleep(0.15)
        except ConnectionError as e:
            outcome = f"error: {e}"
        print(f"t={loop.time():.2f} [{breaker.state:>9}] {outcome}")


asyncio.run(main())
