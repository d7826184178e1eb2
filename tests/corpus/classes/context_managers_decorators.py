import contextlib
import time


class Timer:
    def __enter__(self):
        self.start = time.perf_counter()
        print("enter")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.elapsed = time.perf_counter() - self.start
        print("exit", exc_type.__name__ if exc_type else None, exc)
        return exc_type is ZeroDivisionError


with Timer() as t:
    x = 1 / 0
print("suppressed", t.elapsed >= 0)


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    except KeyError as e:
        print("handled", e)
    finally:
        print(f"</{name}>")


with tag("b") as n, tag("i"):
    print("hello", n)
with tag("div"):
    raise KeyError("k")
with contextlib.suppress(FileNotFoundError):
    open("nope.txt")
with contextlib.ExitStack() as stack:
    for n in ["x", "y"]:
        stack.enter_context(tag(n))
    stack.callback(print, "callback")
    print("inside")
with contextlib.redirect_stdout(None) if False else contextlib.nullcontext("v") as v:
    print(v)


def retry(times):
    def deco(f):
        @functools_wraps(f)
        def wrapper(*a, **k):
            for i in range(times):
                try:
                    return f(*a, **k)
                except ValueError as e:
                    print(f"attempt {i + 1} failed: {e}")
            raise RuntimeError("gave up")
        return wrapper
    return deco


from functools import wraps as functools_wraps, lru_cache, cache
calls = 0


@retry(3)
def flaky():
    global calls
    calls += 1
    if calls < 3:
        raise ValueError(f"call {calls}")
    return "ok"


print(flaky(), flaky.__name__)


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)


print(fact(20))
with tag("oops"):
    raise ValueError("not handled")
