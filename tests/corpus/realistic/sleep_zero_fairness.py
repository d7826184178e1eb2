import asyncio


async def greedy(name: str, steps: int, log: list[str]) -> None:
    for i in range(steps):
        log.append(f"{name}{i}")


async def polite(name: str, steps: int, log: list[str]) -> None:
    for i in range(steps):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)


async def main() -> None:
    log: list[str] = []
    await asyncio.gather(greedy("a", 3, log), greedy("b", 3, log))
    print("greedy:", " ".join(log))

    log.clear()
    await asyncio.gather(polite("a", 3, log), polite("b", 3, log), polite("c", 2, log))
    print("polite:", " ".join(log))

    log.clear()
    await asyncio.gather(polite("x", 4, log), greedy("y", 2, log), polite("z", 3, log))
    print("mixed: ", " ".join(log))


asyncio.run(main())
