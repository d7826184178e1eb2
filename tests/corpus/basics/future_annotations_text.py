from __future__ import annotations
# Annotations under from __future__ import annotations are their source text.
from typing import *
def f(a: int | None, b: "X", c: Callable[[int], str], d: tuple[int, ...], e: List["Node"], g: Literal["r", 1] = 1) -> Dict[str, Any]: ...
print(f.__annotations__)
class C:
    x: ClassVar[int] = 1
    y: Optional[str]
print(C.__annotations__)
