import asyncio
import functools
import time


def timed(func):
    @functools.wraps(func)
    async def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return await func(*args, **kwargs)
        finally:
            elapsed = time.perf_counter() - start
            print(f"{func.__name__}{args} took {elapsed:.3f}s")
    return wrapper


@timed
async def fetch_prices(symbol: str) -> list[float]:
    """Pretend to call a market-data service."""
    await asyncio.sleep(0.25 * len(symbol))
    return [100.0 + i * len(symbol) for i in range(3)]


@timed
async def compute_report(*symbols: str) -> dict[str, float]:
    prices = await asyncio.gather(*(fetch_prices(s) for s in symbols))
    return {s: sum(p) / len(p) for s, p in zip(symbols, prices)}


async def main() -> None:
    print(fetch_prices.__name__, "-", fetch_prices.__doc__)
    report = await compute_report("AAPL", "GOOG", "MS")
    for sym, avg in report.items():
        print(f"{sym:>5}: {avg:8.2f}")


asyncio.run(main())
