import asyncio
import random

random.seed(8)


async def runner(name: str, barrier: asyncio.Barrier, results: list[tuple[float, str]]) -> None:
    warmup = random.uniform(0.1, 1.0)
    await asyncio.sleep(warmup)
    print(f"{name} warmed up in {warmup:.2f}s, waiting at the line")
    pos = await barrier.wait()
    if pos == 0:
        print("--- GO! ---")
    speed = random.uniform(8.0, 11.0)
    await asyncio.sleep(100 / speed / 10)
    results.append((asyncio.get_running_loop().time(), name))


async def main() -> None:
    names = ["Usain", "Tyson", "Yohan", "Asafa"]
    barrier = asyncio.Barrier(len(names))
    results: list[tuple[float, str]] = []
    await asyncio.gather(*(runner(n, barrier, results) for n in names))
    for place, (t, name) in enumerate(sorted(results), 1):
        print(f"{place}. {name:<6} finished at {t:.3f}")
    print("barrier broken?", barrier.broken, "parties:", barrier.parties)


asyncio.run(main())
