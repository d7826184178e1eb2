import asyncio
from typing import Awaitable, Callable, Iterable, TypeVar

T = TypeVar("T")
R = TypeVar("R")

running = 0
peak = 0


async def bounded_map(fn: Callable[[T], Awaitable[R]], items: Iterable[T], limit: int) -> list[R]:
    sem = asyncio.Semaphore(limit)

    async def run_one(item: T) -> R:
        async with sem:
            return await fn(item)

    return await asyncio.gather(*(run_one(i) for i in items))


async def resize_image(name: str) -> str:
    global running, peak
    running += 1
    peak = max(peak, running)
    await asyncio.sleep(0.1 * (len(name) % 4 + 1))
    running -= 1
    return name.replace(".png", "_thumb.png")


async def main() -> None:
    images = [f"img{i}.png" for i in range(1, 11)] + ["banner.png", "logo.png"]
    loop = asyncio.get_running_loop()
    thumbs = await bounded_map(resize_image, images, limit=3)
    print(thumbs)
    print(f"peak concurrency: {peak}, elapsed: {loop.time():.2f}s")


asyncio.run(main())
