import asyncio


class Delay:
    def __init__(self, seconds, value):
        self.seconds = seconds
        self.value = value

    def __await__(self):
        yield from asyncio.sleep(self.seconds).__await__()
        return self.value


async def main():
    loop = asyncio.get_running_loop()
    result = await Delay(0.5, "awaited a custom object")
    print(f"{result} at {loop.time():.1f}")
    results = await asyncio.gather(Delay(0.2, "x"), Delay(0.1, "y"))
    print(results, f"at {loop.time():.1f}")


asyncio.run(main())
