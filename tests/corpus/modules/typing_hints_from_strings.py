# get_type_hints evaluates string annotations in the owner module.
from __future__ import annotations
from typing import get_type_hints, List, Optional, Dict
import typing
class Node:
    value: int
    children: List[Node]
    parent: Optional['Node'] = None
    meta: dict[str, 'int']
class Leaf(Node):
    weight: float
print(get_type_hints(Node))
print(get_type_hints(Leaf))
def f(a: 'str', b: int = None, *args: 'Node', **kw: Dict[str, 'float']) -> 'List[int]': pass
print(get_type_hints(f))
print(f.__annotations__)
def g(x: None) -> None: pass
print(get_type_hints(g))
import functools
@functools.wraps(f)
def h(*a): pass
print(get_type_hints(h))
