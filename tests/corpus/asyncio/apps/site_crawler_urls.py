# A breadth-first crawler over an in-memory site, the way tutorials
# write one: links resolved with urllib.parse.urljoin, fragments dropped,
# other hosts skipped, a Semaphore bounding the fetches.
import asyncio
from urllib.parse import urldefrag, urljoin, urlparse

SITE = {
    "https://example.com/": ["/docs/", "/blog/#top", "https://other.org/x"],
    "https://example.com/docs/": ["intro.html", "../blog/", "api/?v=2"],
    "https://example.com/blog/": ["2024/post.html", "/docs/#install"],
    "https://example.com/docs/intro.html": ["api/?v=2#methods"],
    "https://example.com/docs/api/?v=2": [],
    "https://example.com/blog/2024/post.html": ["../../"],
}


async def fetch(url: str) -> list[str]:
    await asyncio.sleep(0.1 * len(urlparse(url).path))
    return SITE.get(url, [])


async def crawl(start: str, limit: int = 2) -> list[str]:
    host = urlparse(start).netloc
    seen, frontier, sem = {start}, [start], asyncio.Semaphore(limit)

    async def visit(url: str) -> list[str]:
        async with sem:
            links = await fetch(url)
        found = []
        for link in links:
            absolute, _ = urldefrag(urljoin(url, link))
            if urlparse(absolute).netloc == host and absolute not in seen:
                seen.add(absolute)
                found.append(absolute)
        return found

    while frontier:
        batches = await asyncio.gather(*(visit(u) for u in frontier))
        frontier = [u for batch in batches for u in batch]
        print(f"t={asyncio.get_running_loop().time():.1f} next: {frontier}")
    return sorted(seen)


print(*asyncio.run(crawl("https://example.com/")), sep="\n")
