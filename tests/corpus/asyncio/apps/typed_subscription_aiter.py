import asyncio
from typing import AsyncIterator, Generic, TypeVar
from dataclasses import dataclass

T = TypeVar("T")

@dataclass
class Message:
    id: int
    body: str

class Subscription(Generic[T]):
    def __init__(self, items: list[T], delay: float) -> None:
        self._items = list(items)
        self._delay = delay
        self.closed = False

    def __aiter__(self) -> "Subscription[T]":
        return self

    async def __anext__(self) -> T:
        if not self._items or self.closed:
            raise StopAsyncIteration
        await asyncio.sleep(self._delay)
        return self._items.pop(0)

    async def __aenter__(self) -> "Subscription[T]":
        print("subscribed")
        return self

    async def __aexit__(self, *exc) -> bool:
        self.closed = True
        print("unsubscribed", exc[0].__name__ if exc[0] else None)
        return False

async def main() -> None:
    msgs = [Message(i, f"m{i}") for i in range(5)]
    async with Subscription(msgs, 0.1) as sub:
        async for m in sub:
            print(m)
            if m.id == 2:
                break
    print(sub.closed, len(sub._items))
    try:
        async with Subscription(msgs, 0.1) as sub2:
            async for m in sub2:
                raise ValueError(f"bad message {m.id}")
    except ValueError as e:
        print(e)
    results = [m.body async for m in Subscription([Message(9, "x")], 0)]
    print(results)

asyncio.run(main())
