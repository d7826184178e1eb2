print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]))
print(list[int]([1, 2]), list[int].__origin__, dict[str, int].__args__)
x: list[int] = []
print(isinstance([], list), type[int])
from collections import defaultdict, OrderedDict, deque
import asyncio
print(defaultdict[str, int], deque[int], asyncio.Queue[int], OrderedDict[str, int])
class Mine: pass
try:
    Mine[int]
except TypeError as e:
    print(e)
class IntList(list[int]):
    pass
print(IntList([1]), IntList.__bases__, IntList.__orig_bases__)
