import asyncio
import random
from collections import Counter

random.seed(314)

URLS = [f"https://site{n}.example/{path}" for n in range(1, 4) for path in ("", "login", "api/v1")]


async def fetch_status(url: str, sem: asyncio.Semaphore) -> tuple[str, int, float]:
    async with sem:
        latency = round(random.expovariate(4), 3)
        await asyncio.sleep(latency)
        status = random.choices([200, 301, 404, 500], weights=[6, 1, 2, 1])[0]
        return url, status, latency


async def main() -> None:
    sem = asyncio.Semaphore(4)
    rows = await asyncio.gather(*(fetch_status(u, sem) for u in URLS))
    width = max(len(u) for u in URLS)
    print(f"{'URL':<{width}}  {'CODE':>4}  {'TIME':>7}")
    print("-" * (width + 15))
    for url, status, latency in rows:
        flag = " !" if status >= 500 else ""
        print(f"{url:<{width}}  {status:>4}  {latency * 1000:>5.0f}ms{flag}")
    counts = Counter(status for _, status, _ in rows)
    print("-" * (width + 15))
    print("summary:", ", ".join(f"{code}x{n}" for code, n in counts.most_common()))
    slowest = max(rows, key=lambda r: r[2])
    print(f"slowest: {slowest[0]} ({slowest[2]:.3f}s); wall time {asyncio.get_running_loop().time():.3f}s")


asyncio.run(main())
