from typing import Any

class Field:
    def __class_getitem__(cls, item: Any) -> str:
        return f"{cls.__name__}[{item!r}]"

print(Field[int], Field["x"], Field[1, 2])
class Registry(dict):
    pass
print(Registry[str, int], list[int] == list[int], type(list[int]).__name__)
print(dict[str, int](a=1), tuple[int, ...], list[int].__origin__, list[int].__args__)
class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print(e)
import collections
print(collections.OrderedDict[str, int], collections.deque[int])
print(isinstance([], list[int].__origin__))
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
