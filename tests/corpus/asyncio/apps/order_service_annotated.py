import asyncio
from dataclasses import dataclass

@dataclass
class Order:
    id: int
    item: str
    qty: int

class OrderService:
    def __init__(self):
        self.db: dict[int, Order] = {}
        self.lock = asyncio.Lock()
        self.events: asyncio.Queue[tuple[str, int]] = asyncio.Queue()

    async def create(self, order: Order) -> Order:
        async with self.lock:
            await asyncio.sleep(0.01)
            if order.id in self.db:
                raise ValueError(f"duplicate order {order.id}")
            self.db[order.id] = order
        await self.events.put(("created", order.id))
        return order

    async def notifier(self) -> None:
        while True:
            kind, oid = await self.events.get()
            print(f"[notify] {kind} #{oid}")
            self.events.task_done()

async def main() -> None:
    svc = OrderService()
    notifier = asyncio.create_task(svc.notifier())
    orders = [Order(i, f"item{i}", i * 2) for i in range(1, 4)] + [Order(2, "dup", 1)]
    results = await asyncio.gather(*(svc.create(o) for o in orders), return_exceptions=True)
    for r in results:
        print("ok" if isinstance(r, Order) else f"error: {r}", r if isinstance(r, Order) else "")
    await svc.events.join()
    notifier.cancel()
    print(sorted(svc.db), sum(o.qty for o in svc.db.values()))

if __name__ == "__main__":
    asyncio.run(main())
