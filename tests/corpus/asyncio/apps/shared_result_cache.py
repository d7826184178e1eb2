import asyncio

cache = {}
fetches = 0


async def expensive_lookup(key):
    global fetches
    fetches += 1
    print(f"  backend lookup for {key}")
    await asyncio.sleep(0.5)
    return key.upper()


async def get(key):
    if key not in cache:
        cache[key] = asyncio.create_task(expensive_lookup(key))
    return await cache[key]


async def main():
    results = await asyncio.gather(get("a"), get("b"), get("a"), get("a"), get("b"))
    print(results, "backend calls:", fetches)
    print(await get("a"), "backend calls:", fetches)


asyncio.run(main())
