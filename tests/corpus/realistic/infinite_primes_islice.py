from itertools import count, islice, takewhile


def primes():
    """Incremental sieve of Eratosthenes (infinite generator)."""
    composites: dict[int, list[int]] = {}
    for n in count(2):
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)


def twin_primes():
    it = primes()
    prev = next(it)
    for p in it:
        if p - prev == 2:
            yield prev, p
        prev = p


print("first 15 primes:", list(islice(primes(), 15)))
print("primes below 60:", list(takewhile(lambda p: p < 60, primes())))
print("100th prime:", next(islice(primes(), 99, None)))
print("twin primes:", list(islice(twin_primes(), 8)))
gaps = [b - a for a, b in zip(islice(primes(), 200), islice(primes(), 1, 201))]
print("largest gap in first 200 primes:", max(gaps))
print("sum of primes below 1000:", sum(takewhile(lambda p: p < 1000, primes())))
