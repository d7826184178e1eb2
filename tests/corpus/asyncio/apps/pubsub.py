import asyncio


class Broker:
    def __init__(self):
        self.subscribers = []

    def subscribe(self):
        q = asyncio.Queue()
        self.subscribers.append(q)
        return q

    async def publish(self, msg):
        for q in self.subscribers:
            await q.put(msg)


async def listener(name, q):
    while (msg := await q.get()) != "STOP":
        print(f"{name} <- {msg}")
    print(f"{name} stopped")


async def main():
    broker = Broker()
    listeners = [asyncio.create_task(listener(n, broker.subscribe())) for n in ("alice", "bob")]
    for msg in ["hello", "news", "STOP"]:
        await broker.publish(msg)
        await asyncio.sleep(0.1)
    await asyncio.gather(*listeners)


asyncio.run(main())
