import asyncio
import random
from dataclasses import dataclass

random.seed(42)

MENU = {"burger": 0.8, "salad": 0.3, "pasta": 1.0, "soup": 0.5}


@dataclass
class Ticket:
    table: int
    dish: str


async def waiter(tickets: asyncio.Queue, orders: list[Ticket]) -> None:
    for t in orders:
        await asyncio.sleep(0.2)
        print(f"waiter: table {t.table} orders {t.dish}")
        await tickets.put(t)


async def cook(name: str, tickets: asyncio.Queue, served: list[str]) -> None:
    loop = asyncio.get_running_loop()
    while True:
        t = await tickets.get()
        await asyncio.sleep(MENU[t.dish] + random.randint(0, 10) / 100)
        served.append(f"{t.dish}@{t.table}")
        print(f"{loop.time():5.2f} {name} serves {t.dish} to table {t.table}")
        tickets.task_done()


async def main() -> None:
    orders = [Ticket(random.randint(1, 5), random.choice(list(MENU))) for _ in range(7)]
    tickets: asyncio.Queue[Ticket] = asyncio.Queue()
    served: list[str] = []
    cooks = [asyncio.create_task(cook(n, tickets, served)) for n in ("Gordon", "Julia")]
    await waiter(tickets, orders)
    await tickets.join()
    for c in cooks:
        c.cancel()
    print(f"served {len(served)} dishes: {served}")


asyncio.run(main())
