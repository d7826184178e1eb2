import asyncio
import statistics


async def measure(sensor: str, readings: list[float]) -> tuple[str, float]:
    total = 0.0
    for r in readings:
        await asyncio.sleep(0.01)
        total += r
    return sensor, total / len(readings)


async def main() -> dict[str, float]:
    data = {
        "kitchen": [21.5, 22.0, 21.8],
        "garage": [12.1, 11.9],
        "attic": [27.3, 28.1, 28.4, 27.9],
    }
    pairs = await asyncio.gather(*(measure(s, r) for s, r in data.items()))
    return dict(pairs)


if __name__ == "__main__":
    averages = asyncio.run(main())
    for sensor, avg in averages.items():
        print(f"{sensor:>8}: {avg:.2f} C")
    print("overall median:", round(statistics.median(averages.values()), 2))
    print("second run:", asyncio.run(asyncio.sleep(0.5, result="slept")))
