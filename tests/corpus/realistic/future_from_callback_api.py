import asyncio
from typing import Callable


class LegacySensor:
    """An old callback-based API we want to use with await."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop

    def read(self, channel: int, on_done: Callable[[float | None, Exception | None], None]) -> None:
        def finish() -> None:
            if channel < 0:
                on_done(None, ValueError(f"invalid channel {channel}"))
            else:
                on_done(20.0 + channel * 1.5, None)
        self.loop.call_later(0.2 + channel * 0.05 if channel >= 0 else 0.1, finish)


async def read_async(sensor: LegacySensor, channel: int) -> float:
    fut = asyncio.get_running_loop().create_future()

    def on_done(value: float | None, error: Exception | None) -> None:
        if error is not None:
            fut.set_exception(error)
        else:
            fut.set_result(value)

    sensor.read(channel, on_done)
    return await fut


async def main() -> None:
    sensor = LegacySensor(asyncio.get_running_loop())
    values = await asyncio.gather(*(read_async(sensor, ch) for ch in range(4)))
    print("readings:", values)
    try:
        await read_async(sensor, -1)
    except ValueError as e:
        print("error:", e)
    print(f"t={asyncio.get_running_loop().time():.2f}")


asyncio.run(main())
