def make_counter(start: int = 0, step: int = 1):
    count = start

    def increment() -> int:
        nonlocal count
        count += step
        return count

    def reset() -> None:
        nonlocal count
        count = start

    increment.reset = reset
    return increment


def make_multipliers():
    return [lambda x, i=i: x * i for i in range(1, 5)]


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]

    wrapper.cache = cache
    return wrapper


@memoize
def ways_to_climb(n: int) -> int:
    if n <= 1:
        return 1
    return ways_to_climb(n - 1) + ways_to_climb(n - 2)


clicks = make_counter()
by_tens = make_counter(100, 10)
print([clicks() for _ in range(3)], [by_tens() for _ in range(3)])
clicks.reset()
print("after reset:", clicks())
print("multipliers:", [m(10) for m in make_multipliers()])
late = [lambda x: x * i for i in range(1, 5)]
print("late binding gotcha:", [m(10) for m in late])
print("ways to climb 30 stairs:", ways_to_climb(30))
print("cache size:", len(ways_to_climb.cache))
print("closure cells:", [c.cell_contents for c in clicks.__closure__])
