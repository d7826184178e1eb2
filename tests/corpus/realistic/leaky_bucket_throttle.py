import asyncio


class Throttle:
    """Allow at most `per_second` calls per second, evenly spaced."""

    def __init__(self, per_second: float) -> None:
        self.interval = 1.0 / per_second
        self.next_slot = 0.0

    async def __aenter__(self) -> "Throttle":
        loop = asyncio.get_running_loop()
        now = loop.time()
        slot = max(now, self.next_slot)
        self.next_slot = slot + self.interval
        if slot > now:
            await asyncio.sleep(slot - now)
        return self

    async def __aexit__(self, *exc_info) -> None:
        return None


async def send_sms(throttle: Throttle, number: str) -> None:
    async with throttle:
        loop = asyncio.get_running_loop()
        print(f"{loop.time():5.2f}s  SMS -> {number}")


async def main() -> None:
    throttle = Throttle(per_second=3)
    numbers = [f"+1-555-01{i:02d}" for i in range(8)]
    await asyncio.gather(*(send_sms(throttle, n) for n in numbers))


asyncio.run(main())
