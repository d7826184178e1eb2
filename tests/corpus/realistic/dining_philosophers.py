import asyncio

NAMES = ["Plato", "Kant", "Hume", "Locke", "Marx"]
MEALS = 2


async def philosopher(i: int, forks: list[asyncio.Lock], log: list[str]) -> None:
    name = NAMES[i]
    left, right = forks[i], forks[(i + 1) % len(forks)]
    # Always pick up the lower-numbered fork first to avoid deadlock.
    first, second = (left, right) if i < (i + 1) % len(forks) else (right, left)
    for meal in range(1, MEALS + 1):
        await asyncio.sleep(0.1 * (i + 1))
        async with first:
            async with second:
                t = asyncio.get_running_loop().time()
                log.append(f"{t:.1f} {name} eats meal {meal}")
                await asyncio.sleep(0.25)
        log.append(f"{asyncio.get_running_loop().time():.2f} {name} thinks")


async def main() -> None:
    forks = [asyncio.Lock() for _ in NAMES]
    log: list[str] = []
    await asyncio.gather(*(philosopher(i, forks, log) for i in range(len(NAMES))))
    print("\n".join(log))
    print(f"{len(NAMES) * MEALS} meals eaten, forks free:", not any(f.locked() for f in forks))


asyncio.run(main())
