from __future__ import annotations
import asyncio
from typing import Generic, TypeVar, Protocol, Iterator, AsyncIterator, Generator
from dataclasses import dataclass

class HasId(Protocol):
    id: int

T = TypeVar("T", bound=HasId)
K = TypeVar("K")

@dataclass
class Product:
    id: int
    title: str
    price: float

class Repo(Generic[T]):
    def __init__(self) -> None:
        self._items: dict[int, T] = {}
    def add(self, item: T) -> T:
        self._items[item.id] = item
        return item
    def __iter__(self) -> Iterator[T]:
        return iter(sorted(self._items.values(), key=lambda i: i.id))
    def __len__(self) -> int:
        return len(self._items)
    async def stream(self, delay: float = 0.1) -> AsyncIterator[T]:
        for item in self:
            await asyncio.sleep(delay)
            yield item

def chunks(xs: list[K], n: int) -> Generator[list[K], None, int]:
    for i in range(0, len(xs), n):
        yield xs[i:i + n]
    return len(xs)

async def main() -> None:
    repo: Repo[Product] = Repo()
    for i, (t, p) in enumerate([("pen", 1.5), ("book", 12.0), ("mug", 7.25)], 1):
        repo.add(Product(i, t, p))
    print(len(repo), [p.title for p in repo])
    loop = asyncio.get_running_loop()
    async for p in repo.stream():
        print(f"{loop.time():.1f} {p.title:>6} {p.price:8.2f}")
    total = sum([p.price async for p in repo.stream(0)])
    print(f"total={total}")
    g = chunks(list(range(7)), 3)
    print(list(g))
    print(Repo[Product], Repo.__parameters__, T.__bound__)

asyncio.run(main())
