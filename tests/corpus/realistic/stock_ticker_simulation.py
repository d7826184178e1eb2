import asyncio
import random

random.seed(1234)


async def price_feed(symbol: str, start: float, updates: int, out: asyncio.Queue) -> None:
    price = start
    for _ in range(updates):
        await asyncio.sleep(random.uniform(0.1, 0.5))
        change = random.gauss(0, 0.02) * price
        price = round(price + change, 2)
        await out.put((symbol, price))
    await out.put((symbol, None))


async def display(feed: asyncio.Queue, n_feeds: int) -> dict[str, list[float]]:
    history: dict[str, list[float]] = {}
    finished = 0
    loop = asyncio.get_running_loop()
    while finished < n_feeds:
        symbol, price = await feed.get()
        if price is None:
            finished += 1
            continue
        prev = history.setdefault(symbol, [])
        arrow = "" if not prev else ("▲" if price > prev[-1] else "▼" if price < prev[-1] else "=")
        prev.append(price)
        print(f"{loop.time():6.2f}  {symbol:<5}{price:>9.2f} {arrow}")
    return history


async def main() -> None:
    feed: asyncio.Queue = asyncio.Queue()
    stocks = {"ACME": 120.0, "INIT": 45.5, "GLOBX": 310.25}
    feeds = [price_feed(s, p, 4, feed) for s, p in stocks.items()]
    *_, history = await asyncio.gather(*feeds, display(feed, len(stocks)))
    print("-" * 30)
    for symbol, prices in history.items():
        pct = (prices[-1] - stocks[symbol]) / stocks[symbol] * 100
        print(f"{symbol:<5} low={min(prices):.2f} high={max(prices):.2f} change={pct:+.2f}%")


asyncio.run(main())
