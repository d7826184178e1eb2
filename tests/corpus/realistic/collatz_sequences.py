from functools import lru_cache


def collatz(n: int):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1


@lru_cache(maxsize=None)
def collatz_length(n: int) -> int:
    if n == 1:
        return 1
    return 1 + collatz_length(n // 2 if n % 2 == 0 else 3 * n + 1)


print("27:", " -> ".join(map(str, list(collatz(27))[:12])), "...")
print("steps for 27:", sum(1 for _ in collatz(27)) - 1)
print("peak for 27:", max(collatz(27)))

best = max(range(1, 10000), key=collatz_length)
print(f"longest chain under 10000 starts at {best} ({collatz_length(best)} terms)")

histogram: dict[int, int] = {}
for n in range(1, 101):
    bucket = (collatz_length(n) // 25) * 25
    histogram[bucket] = histogram.get(bucket, 0) + 1
for bucket in sorted(histogram):
    print(f"{bucket:3d}-{bucket + 24:<3d} {'*' * histogram[bucket]}")
info = collatz_length.cache_info()
print("cache hits > 0:", info.hits > 0, "currsize:", info.currsize)
