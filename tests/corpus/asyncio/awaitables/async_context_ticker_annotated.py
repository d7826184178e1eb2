import asyncio
from typing import AsyncIterator

async def ticker(interval: float, count: int) -> AsyncIterator[int]:
    for i in range(count):
        await asyncio.sleep(interval)
        yield i

class Resource:
    def __init__(self, name: str) -> None:
        self.name = name
    async def __aenter__(self) -> "Resource":
        print(f"acquire {self.name}")
        await asyncio.sleep(0.1)
        return self
    async def __aexit__(self, exc_type, exc, tb) -> bool:
        print(f"release {self.name} ({exc_type.__name__ if exc_type else 'ok'})")
        return False

async def consume(name: str) -> list[int]:
    out = []
    async with Resource(name) as r:
        async for t in ticker(0.2, 3):
            out.append(t)
            print(f"{r.name} tick {t} at {asyncio.get_running_loop().time():.1f}")
    return out

async def main() -> None:
    a, b = await asyncio.gather(consume("A"), consume("B"))
    print(a, b)
    try:
        async with Resource("C"):
            raise KeyError("boom")
    except KeyError as e:
        print("caught", e)
    gen = ticker(0.1, 5)
    print(await anext(gen), await anext(gen))
    await gen.aclose()
    print(await anext(gen, "exhausted"))

asyncio.run(main())
