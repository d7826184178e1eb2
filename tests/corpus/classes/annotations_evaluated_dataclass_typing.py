import asyncio
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY
from typing import ClassVar, Optional, Any, Awaitable, Callable, Coroutine, AsyncIterator
import typing
x: int = 5
y: "Forward"
print(__annotations__)
@dataclass
class Job:
    name: str
    priority: int = 0
    tags: list[str] = field(default_factory=list)
    registry: ClassVar[dict] = {}
    seed: InitVar[int] = 0
    _: KW_ONLY
    retries: int = 3
    def __post_init__(self, seed):
        self.priority += seed
print(Job("a", 1, seed=5), [(f.name, f.type) for f in fields(Job)], {k: v for k, v in Job.__annotations__.items() if k != "_"})
print(Job.__dataclass_fields__["name"].type)
async def run(cb: Callable[[int], Awaitable[str]], n: int = 1) -> Optional[str]:
    return await cb(n)
async def cb(n: int) -> str:
    return str(n)
print(asyncio.run(run(cb)), run.__annotations__)
def gen() -> typing.Iterator[int]:
    yield 1
async def agen() -> AsyncIterator[int]:
    yield 1
def coro_factory() -> Coroutine[Any, Any, None]: ...
print(gen.__annotations__, agen.__annotations__, coro_factory.__annotations__["return"])
class Config:
    debug: bool = False
    level: "int"
    names: tuple[str, ...] = ()
print(Config.__annotations__)
def local():
    z: UndefinedName = 3
    return z
print(local())
def kw(*args: int, key: str = "k", **rest: float) -> None: pass
print(kw.__annotations__)
import functools
@functools.singledispatch
def show(x): return "obj"
@show.register
def _(x: int): return "int"
@show.register
def _(x: list[int] if False else list): return "list"
print(show(1), show([1]), show(1.5))
try:
    def bad(x: NotDefined): pass
except NameError as e:
    print("NameError:", e)
