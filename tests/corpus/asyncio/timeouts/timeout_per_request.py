import asyncio

LATENCY = {"alpha": 0.2, "beta": 1.5, "gamma": 0.7, "delta": 3.0}


async def request(host):
    await asyncio.sleep(LATENCY[host])
    return f"{host} ok"


async def fetch_with_timeout(host, limit):
    try:
        async with asyncio.timeout(limit):
            return await request(host)
    except TimeoutError:
        return f"{host} timed out"


async def main():
    results = await asyncio.gather(*(fetch_with_timeout(h, 1.0) for h in LATENCY))
    for r in results:
        print(r)
    print(f"elapsed {asyncio.get_running_loop().time():.1f}s")


asyncio.run(main())
