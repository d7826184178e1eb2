import asyncio


async def phase(name, d):
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.sleep(d)
    print(f"{name}: slept {loop.time() - start:.1f}s")
    return loop


loop1 = asyncio.run(phase("first run", 1))
loop2 = asyncio.run(phase("second run", 2))
print("a new loop each time:", loop1 is not loop2, loop1.is_closed(), loop2.is_closed())
