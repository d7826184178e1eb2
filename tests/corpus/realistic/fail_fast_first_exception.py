import asyncio


async def check(service: str, delay: float, healthy: bool) -> str:
    await asyncio.sleep(delay)
    if not healthy:
        raise RuntimeError(f"{service} is down")
    return f"{service} ok"


async def main() -> None:
    checks = {
        "auth": (0.2, True),
        "db": (0.5, False),
        "cache": (0.1, True),
        "queue": (1.5, True),
    }
    tasks = [asyncio.create_task(check(n, d, h), name=n) for n, (d, h) in checks.items()]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    for t in sorted(done, key=lambda t: t.get_name()):
        if t.exception():
            print(f"{t.get_name():>6}: FAILED ({t.exception()})")
        else:
            print(f"{t.get_name():>6}: {t.result()}")
    for t in pending:
        t.cancel()
    print("cancelled:", sorted(t.get_name() for t in pending))
    await asyncio.gather(*pending, return_exceptions=True)
    print(f"health check finished at {asyncio.get_running_loop().time():.1f}s")


asyncio.run(main())
