import asyncio
import inspect
from collections import defaultdict
from typing import Any, Callable


class EventBus:
    def __init__(self) -> None:
        self.handlers: dict[str, list[Callable[..., Any]]] = defaultdict(list)

    def on(self, event: str):
        def register(fn):
            self.handlers[event].append(fn)
            return fn
        return register

    async def emit(self, event: str, **payload: Any) -> int:
        count = 0
        for handler in self.handlers.get(event, []):
            if inspect.iscoroutinefunction(handler):
                await handler(**payload)
            else:
                handler(**payload)
            count += 1
        return count


bus = EventBus()


@bus.on("user_signed_up")
def log_signup(user: str, plan: str) -> None:
    print(f"log: {user} signed up for {plan}")


@bus.on("user_signed_up")
async def send_welcome(user: str, plan: str) -> None:
    await asyncio.sleep(0.2)
    print(f"mail: welcome email sent to {user}")


@bus.on("order_placed")
async def reserve_stock(order_id: int, items: list[str]) -> None:
    await asyncio.sleep(0.1)
    print(f"stock: reserved {len(items)} items for order #{order_id}")


async def main() -> None:
    n = await bus.emit("user_signed_up", user="dana", plan="pro")
    print("handlers run:", n)
    n = await bus.emit("order_placed", order_id=7, items=["mug", "pen"])
    print("handlers run:", n)
    print("handlers run:", await bus.emit("unknown_event"))
    print("registered:", {k: [h.__name__ for h in v] for k, v in bus.handlers.items()})


asyncio.run(main())
