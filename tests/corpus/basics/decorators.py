import functools


def trace(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"-> {func.__name__}{args}")
        result = func(*args, **kwargs)
        print(f"<- {func.__name__} returned {result!r}")
        return result

    return wrapper


@trace
def add(a, b):
    """Add two numbers."""
    return a + b


@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


add(2, 3)
fact(3)
print(add.__name__, add.__doc__)
