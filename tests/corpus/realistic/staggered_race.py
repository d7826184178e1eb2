import asyncio


async def connect(host: str, latency: float) -> str:
    print(f"  trying {host}")
    try:
        await asyncio.sleep(latency)
    except asyncio.CancelledError:
        print(f"  abandoned {host}")
        raise
    return host


async def first_success(candidates: list[tuple[str, float]], stagger: float) -> str:
    tasks: list[asyncio.Task] = []
    winner: str | None = None
    for host, latency in candidates:
        tasks.append(asyncio.create_task(connect(host, latency)))
        done, _ = await asyncio.wait(tasks, timeout=stagger, return_when=asyncio.FIRST_COMPLETED)
        if done:
            winner = done.pop().result()
            break
    if winner is None:
        done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        winner = done.pop().result()
    for t in tasks:
        if not t.done():
            t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    return winner


async def main() -> None:
    hosts = [("ipv6.example", 2.0), ("ipv4-a.example", 0.7), ("ipv4-b.example", 0.2)]
    loop = asyncio.get_running_loop()
    best = await first_success(hosts, stagger=0.25)
    print(f"connected to {best} at t={loop.time():.2f}")


asyncio.run(main())
