from __future__ import annotations
from typing import (NewType, Annotated, TYPE_CHECKING, assert_never, Self, Literal, get_type_hints,
                    get_origin, get_args, Optional, Union, Callable, TypeAlias, Final, no_type_check, final)
import typing

UserId = NewType("UserId", int)
uid = UserId(5)
print(uid, type(uid), UserId, UserId.__name__, UserId.__supertype__)
Meters = Annotated[float, "unit:m"]
print(Meters, get_args(Meters), get_origin(Meters) is Annotated)
if TYPE_CHECKING:
    from collections.abc import Sequence
print(TYPE_CHECKING)

def handle(x: Literal["a", "b"]) -> str:
    match x:
        case "a":
            return "A"
        case "b":
            return "B"
        case _:
            assert_never(x)
print(handle("a"))
try:
    handle("c")
except AssertionError as e:
    print("AssertionError:", e)

class Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
    def add(self, p: str) -> Self:
        self.parts.append(p)
        return self
print(Builder().add("a").add("b").parts)
Vector: TypeAlias = "list[float]"
def scale(v: Vector, k: float) -> Vector:
    return [x * k for x in v]
print(scale([1.0, 2.0], 2), scale.__annotations__)
print(get_args(Callable[[int], str]), get_origin(Callable[[int], str]))
print(get_args(Optional[int]), get_origin(Optional[int]) is Union, get_args(Literal["x", 1]))
print(get_origin(list[int]), get_args(dict[str, list[int]]), get_origin(int))
@final
class Leaf: ...
print(Leaf.__final__ if hasattr(Leaf, "__final__") else "no attr")
def g(a: "int", b: Optional["str"] = None) -> "bool": ...
print(get_type_hints(g))
