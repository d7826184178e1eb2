from dataclasses import dataclass, field, fields, replace, InitVar, FrozenInstanceError
from typing import ClassVar
import pprint

@dataclass
class A:
    x: int
    scale: InitVar[int] = 1
    count: ClassVar[int] = 0
    def __post_init__(self, scale):
        self.x *= scale

a = A(2, 3)
print(a, [f.name for f in fields(A)], list(A.__dataclass_fields__))
print([f._field_type for f in A.__dataclass_fields__.values()])
print(A.__dataclass_params__)
print(replace(a, scale=2))
try:
    replace(a)
except ValueError as e:
    print(e)

@dataclass(frozen=True)
class F:
    x: int
f = F(1)
for act in [lambda: setattr(f, "y", 2), lambda: delattr(f, "x"), lambda: delattr(f, "zz")]:
    try:
        act()
    except FrozenInstanceError as e:
        print(type(e).__name__, e)
class G(F):
    pass
g = G(1)
g.extra = 5
print(g.extra)
try:
    g.x = 3
except FrozenInstanceError as e:
    print(e)

@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)
    parent: "Node | None" = None
n = Node("root")
n.children.append(Node("kid", parent=n))
print(n)
@dataclass
class Big:
    name: str
    items: list
    meta: dict
pprint.pprint(Big("a-rather-long-name-here", list(range(25)), {"k": "v" * 30, "z": [1, 2]}))
pprint.pprint(Big("s", [1], {}))
print(A.__repr__.__qualname__, A.__repr__.__wrapped__.__qualname__)
