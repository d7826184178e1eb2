import asyncio
import random
from collections import defaultdict

random.seed(99)


class Broker:
    def __init__(self) -> None:
        self.subscribers: dict[str, list[asyncio.Queue]] = defaultdict(list)

    def subscribe(self, topic: str) -> asyncio.Queue:
        q: asyncio.Queue = asyncio.Queue()
        self.subscribers[topic].append(q)
        return q

    async def publish(self, topic: str, message: str) -> int:
        queues = self.subscribers.get(topic, [])
        for q in queues:
            await q.put(message)
        return len(queues)


async def listener(name: str, broker: Broker, topics: list[str], expected: int) -> None:
    queues = {t: broker.subscribe(t) for t in topics}
    got = 0
    while got < expected:
        for topic, q in queues.items():
            while not q.empty():
                msg = q.get_nowait()
                got += 1
                print(f"  {name} <- [{topic}] {msg}")
        await asyncio.sleep(0.25)
    print(f"{name} done ({got} messages)")


async def talker(broker: Broker, posts: list[tuple[str, str]]) -> None:
    for topic, text in posts:
        await asyncio.sleep(random.choice([0.1, 0.3, 0.6]))
        n = await broker.publish(topic, text)
        print(f"published to {topic!r} ({n} subscribers): {text}")


async def main() -> None:
    broker = Broker()
    posts = [("news", "rain tomorrow"), ("sports", "3-1 win"), ("news", "new bridge"), ("music", "tour dates")]
    listeners = [
        asyncio.create_task(listener("alice", broker, ["news", "music"], 3)),
        asyncio.create_task(listener("bob", broker, ["sports", "news"], 3)),
    ]
    await asyncio.sleep(0)
    await talker(broker, posts)
    await asyncio.gather(*listeners)


asyncio.run(main())
