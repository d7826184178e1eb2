import asyncio
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class TTLCache(Generic[K, V]):
    def __init__(self, ttl: float) -> None:
        self.ttl = ttl
        self._data: dict[K, tuple[float, V]] = {}
        self.hits = self.misses = 0

    def _now(self) -> float:
        return asyncio.get_running_loop().time()

    def get(self, key: K) -> V | None:
        entry = self._data.get(key)
        if entry is None or self._now() > entry[0]:
            self.misses += 1
            self._data.pop(key, None)
            return None
        self.hits += 1
        return entry[1]

    def set(self, key: K, value: V) -> None:
        self._data[key] = (self._now() + self.ttl, value)

    def __len__(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:
        return f"TTLCache(ttl={self.ttl}, size={len(self)}, hits={self.hits}, misses={self.misses})"


async def get_weather(cache: TTLCache[str, str], city: str) -> str:
    cached = cache.get(city)
    if cached is not None:
        return f"{cached} (cached)"
    await asyncio.sleep(0.4)
    report = f"{city}: {len(city) * 3}C"
    cache.set(city, report)
    return report


async def main() -> None:
    cache: TTLCache[str, str] = TTLCache(ttl=1.0)
    for delay, city in [(0, "Oslo"), (0.1, "Oslo"), (0.2, "Rome"), (0.5, "Oslo"), (0.3, "Rome"), (0.6, "Oslo")]:
        await asyncio.sleep(delay)
        print(f"t={asyncio.get_running_loop().time():.1f} {await get_weather(cache, city)}")
    print(cache)


asyncio.run(main())
