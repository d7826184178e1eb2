import asyncio
import time


async def brew(drink: str, minutes: float) -> str:
    await asyncio.sleep(minutes)
    return f"{drink} ready"


ORDERS = [("espresso", 1.0), ("latte", 2.5), ("tea", 1.5), ("mocha", 2.0)]


async def sequential() -> list[str]:
    results = []
    for drink, m in ORDERS:
        results.append(await brew(drink, m))
    return results


async def concurrent() -> list[str]:
    return await asyncio.gather(*(brew(d, m) for d, m in ORDERS))


async def main() -> None:
    for fn in (sequential, concurrent):
        start = time.perf_counter()
        results = await fn()
        elapsed = time.perf_counter() - start
        print(f"{fn.__name__:>10}: {elapsed:.2f}s -> {results}")
    speedup = sum(m for _, m in ORDERS) / max(m for _, m in ORDERS)
    print(f"theoretical speedup: {speedup:.1f}x")


asyncio.run(main())
