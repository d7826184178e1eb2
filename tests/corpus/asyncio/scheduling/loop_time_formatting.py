import asyncio


async def step(name, delays):
    loop = asyncio.get_running_loop()
    for d in delays:
        await asyncio.sleep(d)
        print(f"[{loop.time():5.2f}] {name} slept {d}")


async def main():
    await asyncio.gather(step("fast", [0.25, 0.25, 0.25]), step("slow", [0.3, 0.4]))


asyncio.run(main())
