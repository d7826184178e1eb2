import collections, asyncio
class Registry(dict): pass
class Q(asyncio.Queue): pass
print(Registry[str, int], list[int], type[int], enumerate[str], ExceptionGroup[ValueError], Q[int])
print(collections.defaultdict[str, list[int]], collections.Counter[str])
for t in [int, str, float, bytes, object, range, Exception, bool]:
    try:
        t[int]
    except TypeError as e:
        print(e)
class E(Exception): pass
try:
    E[int]
except TypeError as e:
    print(e)
