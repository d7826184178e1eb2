import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    print(f"finished {name} at {asyncio.get_running_loop().time():.1f}")
    return f"{name}:{delay}"


async def main():
    results = await asyncio.gather(fetch("slow", 0.3), fetch("fast", 0.1), fetch("medium", 0.2))
    print("results in argument order:", results)


asyncio.run(main())
