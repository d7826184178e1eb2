from functools import lru_cache
import sys
@lru_cache(maxsize=None)
def f(n):
    return 0 if n == 0 else f(n - 1) + 1
for n in (100, 200, 300, 400, 490):
    f.cache_clear()
    try:
        print(n, f(n))
    except RecursionError as e:
        print(n, "RecursionError")
def g(n):
    return 0 if n == 0 else g(n - 1) + 1
print(g(990))
