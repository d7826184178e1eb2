from __future__ import annotations
from dataclasses import dataclass, field, fields
@dataclass
class Node:
    value: int
    children: list[Node] = field(default_factory=list)
    parent: Node | None = None
print(Node.__annotations__, [f.type for f in fields(Node)])
def f(x: Node) -> Node: return x
print(f.__annotations__)
