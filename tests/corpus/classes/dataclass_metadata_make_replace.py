from dataclasses import dataclass, field, make_dataclass, fields, asdict, astuple, replace, is_dataclass
from typing import ClassVar
import dataclasses

@dataclass
class Config:
    name: str
    debug: bool = field(default=False, metadata={"env": "DEBUG"})
    retries: int = field(default=3, metadata={"env": "RETRIES", "min": 0})
    VERSION: ClassVar[str] = "1.0"

print([(f.name, dict(f.metadata)) for f in fields(Config)])
print(Config.VERSION, "VERSION" in [f.name for f in fields(Config)])
Point3 = make_dataclass("Point3", [("x", int), ("y", int, field(default=0)), "z"], frozen=False) if False else make_dataclass("Point3", [("x", int), ("y", int, field(default=0))])
p = Point3(1)
print(p, fields(p)[1].default)
c = Config("svc", retries=5)
print(replace(c, debug=True), astuple(c))
try:
    replace(c, missing=1)
except TypeError as e:
    print(e)
@dataclass(repr=False, eq=False)
class Raw:
    a: int
r = Raw(1)
print(r == Raw(1), repr(r).startswith("<__main__.Raw object"))
@dataclass
class WithProp:
    _size: int = 0
    @property
    def size(self) -> int:
        return self._size
    @size.setter
    def size(self, v: int) -> None:
        if v < 0:
            raise ValueError("size must be >= 0")
        self._size = v
w = WithProp()
w.size = 3
print(w, w.size)
try:
    w.size = -1
except ValueError as e:
    print(e)
print(dataclasses.fields(Config)[0].type, dataclasses.MISSING is not None)
@dataclass
class Tree:
    val: int
    kids: list["Tree"] = field(default_factory=list)
    def total(self) -> int:
        return self.val + sum(k.total() for k in self.kids)
t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(t.total(), asdict(t)["kids"][1])
print(Config.__dataclass_fields__.keys(), Config.__dataclass_params__.frozen if hasattr(Config, "__dataclass_params__") else "")
