# cache_info() is a namedtuple: fields by name, `_fields`, `_asdict()`,
# unpacking.
import functools

@functools.lru_cache(maxsize=2)
def load(name):
    return name.upper()

for n in ["a", "b", "a", "c", "b", "a"]:
    load(n)
info = load.cache_info()
print(info, info._fields)
hits, misses, maxsize, currsize = info
print(hits, misses, maxsize, currsize, info.hits + info.misses)
print(info._asdict(), info == (1, 5, 2, 2), type(info).__name__)
print(load({"unhashable": 1}))
