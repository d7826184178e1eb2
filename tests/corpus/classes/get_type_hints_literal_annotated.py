from __future__ import annotations
from typing import Literal, Annotated, Optional, get_type_hints, List, Dict
class C:
    mode: Literal["r", "w"]
    size: Annotated[int, "bytes", "meta"]
    nested: Optional[Literal["x"]]
    items: List["C"]
    m: Dict[str, Annotated["C", "node"]]
    plain: list["int"]
for k, v in get_type_hints(C).items():
    print(k, v)
print(get_type_hints(C, include_extras=True)["size"])
