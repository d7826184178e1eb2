from typing import Protocol, runtime_checkable, Iterable, Sized
from dataclasses import dataclass
import asyncio

@runtime_checkable
class SupportsClose(Protocol):
    async def aclose(self) -> None: ...

@runtime_checkable
class Named(Protocol):
    name: str

@dataclass
class Pool:
    name: str
    closed: bool = False
    async def aclose(self) -> None:
        await asyncio.sleep(0.1)
        self.closed = True
        print(f"pool {self.name} closed")

class Plain:
    name = "plain"

async def shutdown(objs: Iterable[object]) -> int:
    closers = [o for o in objs if isinstance(o, SupportsClose)]
    await asyncio.gather(*(c.aclose() for c in closers))
    return len(closers)

async def main():
    objs = [Pool("db"), Plain(), Pool("cache"), 42]
    print(await shutdown(objs))
    print([isinstance(o, Named) for o in objs])
    print(isinstance([], Sized), isinstance(3, Sized))
    try:
        issubclass(Pool, Named)
    except TypeError as e:
        print(e)
    print(issubclass(Pool, SupportsClose))

asyncio.run(main())
