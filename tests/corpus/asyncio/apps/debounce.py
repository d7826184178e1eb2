import asyncio


class Debouncer:
    def __init__(self, delay, action):
        self.delay = delay
        self.action = action
        self.handle = None

    def trigger(self, value):
        loop = asyncio.get_running_loop()
        if self.handle is not None:
            self.handle.cancel()
        self.handle = loop.call_later(self.delay, self.action, value)


def save(text):
    print(f"[{asyncio.get_running_loop().time():.1f}] saving {text!r}")


async def main():
    d = Debouncer(0.5, save)
    loop = asyncio.get_running_loop()
    text = ""
    for ch, pause in [("h", 0.1), ("e", 0.1), ("l", 0.2), ("l", 0.7), ("o", 0.1)]:
        text += ch
        print(f"[{loop.time():.1f}] typed {text!r}")
        d.trigger(text)
        await asyncio.sleep(pause)
    await asyncio.sleep(1)


asyncio.run(main())
