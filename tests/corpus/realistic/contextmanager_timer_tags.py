import time
from contextlib import contextmanager


@contextmanager
def timer(label: str):
    start = time.perf_counter()
    try:
        yield
    finally:
        print(f"[{label}] {time.perf_counter() - start:.3f}s")


@contextmanager
def tag(name: str, indent: list[int]):
    print("  " * indent[0] + f"<{name}>")
    indent[0] += 1
    try:
        yield name
    finally:
        indent[0] -= 1
        print("  " * indent[0] + f"</{name}>")


@contextmanager
def transaction(store: dict):
    backup = dict(store)
    try:
        yield store
    except KeyError as e:
        store.clear()
        store.update(backup)
        print(f"rolled back because of missing key {e}")


depth = [0]
with timer("render"):
    with tag("html", depth):
        with tag("body", depth):
            with tag("p", depth) as t:
                print("  " * depth[0] + f"hello from {t}")
                time.sleep(0.25)

data = {"a": 1, "b": 2}
with transaction(data) as d:
    d["c"] = 3
    d["a"] = d["missing"]
print(data)

with timer("sleepy"):
    time.sleep(1.5)
