import inspect
import asyncio
from dataclasses import dataclass, field
from typing import Optional

@dataclass
class Item:
    name: str
    qty: int = 1
    tags: list[str] = field(default_factory=list)

async def handler(request_id: str, *, limit: int = 10, cursor: Optional[str] = None) -> dict:
    return {}

def plain(a, /, b: int, *args, c=3, **kw) -> None: ...

print(inspect.signature(handler))
print(inspect.signature(plain))
sig = inspect.signature(handler)
for name, p in sig.parameters.items():
    print(name, p.kind.name, p.default is inspect.Parameter.empty, p.annotation)
print(sig.return_annotation)
ba = sig.bind("r1", limit=5)
ba.apply_defaults()
print(ba.arguments)
try:
    sig.bind()
except TypeError as e:
    print(e)
print(inspect.iscoroutinefunction(handler), inspect.isclass(Item), inspect.isfunction(plain))
print([n for n, _ in inspect.getmembers(Item, inspect.isfunction)])
print(inspect.signature(Item))
