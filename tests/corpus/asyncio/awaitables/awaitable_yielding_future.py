import asyncio


class Ticket:
    def __init__(self, loop, when):
        self.fut = loop.create_future()
        loop.call_at(when, self.fut.set_result, f"ticket for t={when}")

    def __await__(self):
        return self.fut.__await__()


async def main():
    loop = asyncio.get_running_loop()
    print(await Ticket(loop, 1.0))
    print(await Ticket(loop, 0.5), "(deadline already passed)")


asyncio.run(main())
