import asyncio


class Countdown:
    """Any object with __await__ returning an iterator can be awaited."""

    def __init__(self, n):
        self.n = n

    def __await__(self):
        for i in range(self.n, 0, -1):
            print(f"    Countdown: {i}")
            yield  # a bare yield: the asyncio Task just runs us again soon
        return "done counting"


async def main():
    print("main: awaiting Countdown(3)")
    result = await Countdown(3)
    print("main: got", repr(result))


asyncio.run(main())

print("the same object, driven by hand:")
it = Countdown(2).__await__()
print(next(it), next(it))
print(next(it, "StopIteration"))
