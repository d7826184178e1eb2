import asyncio
import random

random.seed(42)

LINKS = {
    "/": ["/about", "/blog", "/shop"],
    "/about": ["/team"],
    "/blog": ["/blog/1", "/blog/2"],
    "/shop": ["/shop/cart"],
    "/team": [],
    "/blog/1": ["/"],
    "/blog/2": ["/blog/1"],
    "/shop/cart": [],
}
DELAYS = {url: round(random.uniform(0.1, 1.0), 2) for url in LINKS}


async def fetch(url):
    await asyncio.sleep(DELAYS[url])
    return LINKS[url]


async def crawl(start, limit):
    loop = asyncio.get_running_loop()
    sem = asyncio.Semaphore(limit)
    seen = {start}
    order = []

    async def visit(url):
        async with sem:
            links = await fetch(url)
        order.append(url)
        print(f"[{loop.time():5.2f}] fetched {url:<12} -> {len(links)} links")
        children = [link for link in links if link not in seen]
        seen.update(children)
        await asyncio.gather(*(visit(link) for link in children))

    await visit(start)
    return order


order = asyncio.run(crawl("/", limit=2))
print("visited", len(order), "pages:", order)
