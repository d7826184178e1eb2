import asyncio
from typing import Callable

SENTINEL = None


async def source(out: asyncio.Queue, items: list[str]) -> None:
    for item in items:
        await out.put(item)
        await asyncio.sleep(0.11)
    await out.put(SENTINEL)


async def stage(name: str, inp: asyncio.Queue, out: asyncio.Queue, fn: Callable[[str], str], cost: float) -> None:
    while True:
        item = await inp.get()
        if item is SENTINEL:
            await out.put(SENTINEL)
            print(f"{name}: done")
            return
        await asyncio.sleep(cost)
        await out.put(fn(item))


async def sink(inp: asyncio.Queue) -> list[str]:
    results = []
    loop = asyncio.get_running_loop()
    while (item := await inp.get()) is not SENTINEL:
        print(f"[{loop.time():.2f}] sink received {item!r}")
        results.append(item)
    return results


async def main() -> None:
    q1, q2, q3 = asyncio.Queue(), asyncio.Queue(), asyncio.Queue()
    words = ["alpha", "beta", "gamma", "delta"]
    _, _, _, results = await asyncio.gather(
        source(q1, words),
        stage("upper", q1, q2, str.upper, 0.17),
        stage("reverse", q2, q3, lambda s: s[::-1], 0.033),
        sink(q3),
    )
    print("results:", results)


asyncio.run(main())
