import functools
from functools import partial, reduce

print(reduce(lambda a, b: a * b, range(1, 6)))
print(reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0))
int_from_binary = partial(int, base=2)
print(int_from_binary("1011"))
greet = partial(print, "hello", sep=", ")
greet("world")


@functools.lru_cache(maxsize=None)
def slow_square(n):
    print(f"  computing {n}")
    return n * n


print(slow_square(4), slow_square(4), slow_square(5))


def logged(func):
    @functools.wraps(func)
    def wrapper(*a):
        return func(*a)

    return wrapper


@logged
def documented():
    """I have a docstring."""


print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)
