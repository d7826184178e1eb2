import asyncio


async def query_mirror(name: str, latency: float) -> str:
    await asyncio.sleep(latency)
    return f"data from {name}"


async def main() -> None:
    mirrors = {"eu": 0.8, "us": 0.3, "asia": 1.2}
    tasks = {asyncio.create_task(query_mirror(n, l), name=n) for n, l in mirrors.items()}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    winner = done.pop()
    print("fastest:", winner.get_name(), "->", winner.result())
    print("still pending:", sorted(t.get_name() for t in pending))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print("cancelled:", sorted(t.get_name() for t in pending if t.cancelled()))

    tasks = [asyncio.create_task(query_mirror(n, l), name=n) for n, l in mirrors.items()]
    done, pending = await asyncio.wait(tasks, timeout=1.0)
    print(f"after 1.0s: {len(done)} done, {len(pending)} pending")
    print("done:", sorted(t.result() for t in done))
    await asyncio.wait(pending)
    print("finally all done:", all(t.done() for t in tasks))


asyncio.run(main())
