import time


def slow_add(a, b):
    time.sleep(0.2)
    return a + b


def timed(func, *args):
    start = time.perf_counter()
    result = func(*args)
    return result, time.perf_counter() - start


result, seconds = timed(slow_add, 2, 3)
print(f"slow_add -> {result} in {seconds:.1f}s")
total = 0.0
for n in range(4):
    _, s = timed(slow_add, n, n)
    total += s
print(f"four calls took {total:.1f}s")
