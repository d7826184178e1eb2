import asyncio


class Countdown:
    def __init__(self, start, delay):
        self.current = start
        self.delay = delay

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        self.current -= 1
        return self.current + 1


async def main():
    async for n in Countdown(3, 0.5):
        print(f"{n}... (t={asyncio.get_running_loop().time():.1f})")
    print("liftoff")


asyncio.run(main())
