from __future__ import annotations
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Generic, TypeVar, Protocol, Mapping, Iterator, List, Dict, Optional, runtime_checkable

T = TypeVar("T")
ID = TypeVar("ID", int, str)
T_co = TypeVar("T_co", covariant=True)
B = TypeVar("B", bound="Base")

class Base: ...

@dataclass
class User:
    id: int
    name: str

class Repository(ABC, Generic[T]):
    @abstractmethod
    def get(self, id: int) -> Optional[T]: ...

class UserRepo(Repository[User]):
    def __init__(self) -> None:
        self.rows = {1: User(1, "ann")}
    def get(self, id: int) -> Optional[User]:
        return self.rows.get(id)

r = UserRepo()
print(r.get(1), r.get(2))
print(UserRepo.__mro__)
print(UserRepo.__orig_bases__, UserRepo.__parameters__, Repository.__parameters__)
print(T_co, ID.__constraints__, B.__bound__, T.__bound__, T_co.__covariant__)

class Cache(Dict[str, int]):
    def hit(self, k: str) -> int:
        return self.get(k, 0)
c = Cache(a=1)
print(c.hit("a"), c.hit("b"), Cache.__mro__)

class Reader(Protocol[T_co]):
    def read(self) -> T_co: ...
class Pair(Generic[T, ID]):
    def __init__(self, a: T, b: ID) -> None:
        self.a, self.b = a, b
p = Pair[str, int]("x", 1)
print(p.__orig_class__, Pair.__parameters__, Reader.__parameters__)
class Frozen(Mapping[str, int]):
    def __init__(self, d): self._d = dict(d)
    def __getitem__(self, k): return self._d[k]
    def __iter__(self) -> Iterator[str]: return iter(self._d)
    def __len__(self): return len(self._d)
f = Frozen({"a": 1, "b": 2})
print(dict(f), "a" in f, f.get("z", -1), list(f.items()))
for bad in ["class X(Generic): pass", "class Y(Generic[T], Generic[ID]): pass",
            "class Z(Repository[T], Generic[ID]): pass", "Generic[int]", "Generic[()]",
            "TypeVar('X', int)", "TypeVar('X', covariant=True, contravariant=True)"]:
    try:
        exec(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
