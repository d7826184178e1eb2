import asyncio
import random

# A tiny fake web: each page links to others. Nothing touches the network.
WEB = {
    "/": ["/about", "/blog", "/shop"], "/about": ["/", "/team"],
    "/blog": ["/blog/1", "/blog/2", "/about"], "/blog/1": ["/blog/2"],
    "/blog/2": ["/blog/1", "/shop"], "/shop": ["/cart"], "/team": [], "/cart": ["/"],
}
rng = random.Random(500)  # seeded: the same "network" every run


async def fetch(url):
    await asyncio.sleep(rng.uniform(0.1, 1.0))  # a simulated network delay
    return WEB.get(url, [])


async def crawler(name, queue, seen):
    while True:
        url = await queue.get()
        links = await fetch(url)
        print(f"{name} fetched {url:8} links: {' '.join(links) or '(none)'}")
        for link in links:
            if link not in seen:
                seen.add(link)
                queue.put_nowait(link)
        queue.task_done()


async def main():
    queue, seen = asyncio.Queue(), {"/"}
    queue.put_nowait("/")
    workers = [asyncio.create_task(crawler(f"w{i}", queue, seen)) for i in range(3)]
    await queue.join()  # every URL taken from the queue has been processed
    for w in workers:
        w.cancel()
    print(f"crawled {len(seen)} pages at t={asyncio.get_running_loop().time():.1f}")


asyncio.run(main())
