from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from enum import Enum


class Status(Enum):
    PENDING = "pending"
    PAID = "paid"
    SHIPPED = "shipped"


@dataclass(order=True)
class Order:
    priority: int
    order_id: str = field(compare=False)
    amount: float = field(compare=False)
    status: Status = field(default=Status.PENDING, compare=False)


async def charge(order: Order) -> None:
    await asyncio.sleep(order.amount / 1000)
    order.status = Status.PAID


async def ship(order: Order) -> None:
    await asyncio.sleep(0.2)
    order.status = Status.SHIPPED


async def process(order: Order) -> Order:
    await charge(order)
    print(f"{order.order_id} charged ${order.amount:,.2f}")
    await ship(order)
    print(f"{order.order_id} shipped")
    return order


async def main() -> None:
    orders = [
        Order(2, "A-100", 250.0),
        Order(1, "A-101", 1200.5),
        Order(3, "A-102", 75.25),
    ]
    queue: asyncio.PriorityQueue[Order] = asyncio.PriorityQueue()
    for o in orders:
        queue.put_nowait(o)
    done = []
    while not queue.empty():
        o = await queue.get()
        print("processing", o)
        done.append(await process(o))
    print([o.status.value for o in done])
    print(sorted(orders)[0].order_id, max(orders).order_id)


asyncio.run(main())
