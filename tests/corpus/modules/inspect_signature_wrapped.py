# inspect.signature follows __wrapped__ (functools.wraps), honours
# __signature__, and reads a callable object's __call__; inspect.unwrap.
import functools
import inspect


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@deco
@deco
def add(a: int, b: int = 2, *, scale=1) -> int:
    return (a + b) * scale


print(inspect.signature(add), inspect.unwrap(add) is add.__wrapped__.__wrapped__)
print(inspect.signature(add, follow_wrapped=False))


class Multiplier:
    def __call__(self, x, factor=3):
        return x * factor


print(inspect.signature(Multiplier()), list(inspect.signature(add).parameters))


def plain(x):
    pass


plain.__signature__ = inspect.signature(add)
print(inspect.signature(plain))
try:
    inspect.signature(42)
except TypeError as e:
    print(e)
