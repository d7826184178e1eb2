import asyncio
import math
import random
from collections import deque

random.seed(21)


class Sensor:
    def __init__(self, name: str, base: float) -> None:
        self.name = name
        self.base = base
        self.t = 0

    async def read(self) -> float:
        await asyncio.sleep(0.02)
        self.t += 1
        return self.base + 2 * math.sin(self.t / 3) + random.uniform(-0.5, 0.5)


async def sample(sensor: Sensor, period: float, window: int, samples: int) -> None:
    recent: deque[float] = deque(maxlen=window)
    loop = asyncio.get_running_loop()
    next_at = loop.time()
    for _ in range(samples):
        value = await sensor.read()
        recent.append(value)
        avg = sum(recent) / len(recent)
        print(f"{loop.time():5.2f} {sensor.name}: {value:6.2f} (avg of {len(recent)}: {avg:6.2f})")
        next_at += period
        await asyncio.sleep(max(0, next_at - loop.time()))


async def main() -> None:
    await asyncio.gather(
        sample(Sensor("temp", 21.0), 0.5, 3, 5),
        sample(Sensor("humid", 55.0), 0.7, 2, 4),
    )


asyncio.run(main())
