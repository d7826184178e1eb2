from __future__ import annotations
import inspect
from dataclasses import dataclass, field, KW_ONLY
from typing import NamedTuple
@dataclass
class Item:
    name: str
    qty: int = 1
    tags: list[str] = field(default_factory=list)
    _: KW_ONLY
    flag: bool = False
print(inspect.signature(Item), inspect.signature(Item.__init__))
print(Item.__init__.__annotations__)
for bad in ["class A(NamedTuple):\n a: int = 0\n b: int\n", "class B(NamedTuple):\n a: int = 0\n c: int = 1\n b: int\n",
            "class C(NamedTuple):\n a: int\n def _asdict(self): pass\n"]:
    try:
        exec(bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
