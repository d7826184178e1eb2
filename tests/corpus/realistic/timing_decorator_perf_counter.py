import functools
import time


def timed(fn=None, *, label=None):
    if fn is None:
        return functools.partial(timed, label=label)

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        result = fn(*args, **kwargs)
        elapsed = time.perf_counter() - start
        wrapper.total += elapsed
        wrapper.calls += 1
        print(f"{label or fn.__name__}: {elapsed * 1000:.1f} ms")
        return result

    wrapper.total = 0.0
    wrapper.calls = 0
    return wrapper


@timed
def slow_query(rows: int) -> list[int]:
    time.sleep(rows / 1000)
    return list(range(rows))


@timed(label="report generation")
def build_report(data: list[int]) -> str:
    time.sleep(0.05)
    return f"{len(data)} rows, sum={sum(data)}"


for n in (120, 45, 300):
    data = slow_query(n)
print(build_report(data))
print(f"slow_query called {slow_query.calls} times, {slow_query.total:.3f}s total")
print("name preserved:", slow_query.__name__, build_report.__name__)
start = time.perf_counter()
time.sleep(2)
print(f"slept {time.perf_counter() - start:.2f}s; monotonic {time.monotonic():.2f}")
