import asyncio
import random
from dataclasses import dataclass

random.seed(2024)

PAGES = {
    "/": ["/about", "/blog", "/shop"],
    "/about": ["/team", "/"],
    "/blog": ["/blog/1", "/blog/2", "/blog/3"],
    "/blog/1": ["/blog/2"],
    "/blog/2": ["/blog/3", "/about"],
    "/blog/3": [],
    "/shop": ["/shop/cart", "/shop/item/9"],
    "/shop/cart": [],
    "/shop/item/9": ["/shop/cart"],
    "/team": [],
}


@dataclass
class Page:
    url: str
    links: list[str]
    size: int


async def fetch(url: str, sem: asyncio.Semaphore) -> Page:
    async with sem:
        delay = round(random.uniform(0.1, 0.9), 3)
        print(f"GET {url:<14} (takes {delay:.3f}s)")
        await asyncio.sleep(delay)
        return Page(url, PAGES.get(url, []), random.randint(500, 5000))


async def crawl(start: str, limit: int = 3) -> dict[str, int]:
    sem = asyncio.Semaphore(limit)
    seen = {start}
    sizes: dict[str, int] = {}
    frontier = [start]
    depth = 0
    while frontier:
        pages = await asyncio.gather(*(fetch(u, sem) for u in frontier))
        frontier = []
        for page in pages:
            sizes[page.url] = page.size
            for link in page.links:
                if link not in seen:
                    seen.add(link)
                    frontier.append(link)
        depth += 1
        print(f"-- depth {depth} done, {len(sizes)} pages so far")
    return sizes


async def main() -> None:
    loop = asyncio.get_running_loop()
    start = loop.time()
    sizes = await crawl("/")
    print(f"crawled {len(sizes)} pages in {loop.time() - start:.3f}s")
    for url, size in sorted(sizes.items(), key=lambda kv: -kv[1]):
        print(f"{url:<14}{size:>6} bytes")
    print("total:", sum(sizes.values()))


asyncio.run(main())
