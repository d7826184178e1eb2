class Countdown:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        for i in range(self.n, 0, -1):
            yield f"tick {i}"
        return "boom"


async def main():
    result = await Countdown(3)
    print("awaited result:", result)
    return result.upper()


coro = main()
while True:
    try:
        print("driver got:", coro.send(None))
    except StopIteration as stop:
        print("main returned:", stop.value)
        break
