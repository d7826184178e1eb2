import asyncio


async def brew(drink, minutes):
    print(f"  start {drink}")
    await asyncio.sleep(minutes)
    print(f"  {drink} ready")
    return drink


async def main():
    loop = asyncio.get_running_loop()

    start = loop.time()
    await brew("tea", 3)
    await brew("coffee", 2)  # does not start until tea is ready
    print(f"awaiting one by one took {loop.time() - start:.0f} min")

    start = loop.time()
    tea = asyncio.create_task(brew("tea", 3))  # starts at the next loop pass
    coffee = asyncio.create_task(brew("coffee", 2))
    print("both tasks created; main keeps going")
    await tea
    await coffee
    print(f"as tasks it took {loop.time() - start:.0f} min")


asyncio.run(main())
