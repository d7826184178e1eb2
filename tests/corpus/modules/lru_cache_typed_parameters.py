# lru_cache: typed keys, maxsize=0 (no caching), cache_parameters().
from functools import lru_cache, cache


@lru_cache(maxsize=None, typed=True)
def show(x):
    print('computing', repr(x))
    return x


show(1)
show(1.0)
show(1)
print(show.cache_info(), show.cache_parameters())


@lru_cache(maxsize=0)
def nocache(x):
    print('call', x)
    return x


nocache(1)
nocache(1)
print(nocache.cache_info())


@lru_cache(maxsize=-3)
def neg(x):
    return x


neg(2)
print(neg.cache_info().maxsize, neg.cache_parameters())


@cache
def square(x):
    return x * x


print(square(3), square(3), square.cache_info(), square.cache_parameters())
try:
    lru_cache('big')
except TypeError as e:
    print(e)
