from typing import TypedDict, NamedTuple, Required, NotRequired
import json

class UserDict(TypedDict):
    id: int
    name: str
    email: NotRequired[str]

def load(raw: str) -> UserDict:
    data: UserDict = json.loads(raw)
    missing = UserDict.__required_keys__ - data.keys()
    if missing:
        raise KeyError(f"missing keys: {sorted(missing)}")
    return data

print(load('{"id": 1, "name": "ann"}'))
try:
    load('{"id": 1}')
except KeyError as e:
    print(e)
u = UserDict(id=2, name="bob", email="b@x")
print(u, u.get("email"), type(u).__name__)
try:
    isinstance(u, UserDict)
except TypeError as e:
    print(e)
try:
    class Bad(TypedDict):
        def method(self): pass
except TypeError as e:
    print(e)
Alt = TypedDict("Alt", {"a": int, "b-c": str})
print(Alt(a=1, **{"b-c": "x"}), Alt.__annotations__)
class Row(NamedTuple):
    id: int
    tags: list[str] = []
r = Row(1)
print(r, r._asdict(), Row._make([2, ["x"]]), r.count(1), r.index(1))
try:
    class BadNT(NamedTuple):
        a: int = 0
        b: int
except TypeError as e:
    print(e)
print(len(Row(1)), Row(1) == (1, []), Row.__doc__)
