from itertools import dropwhile, islice, takewhile


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def digits(n: int) -> int:
    return len(str(n))


print("first 12:", list(islice(fib(), 12)))
print("under 500:", list(takewhile(lambda x: x < 500, fib())))
print("first 4 over 1000:", list(islice(dropwhile(lambda x: x <= 1000, fib()), 4)))

first_big = next(i for i, f in enumerate(fib()) if digits(f) >= 100)
print("first fib with 100 digits is F", first_big, sep="")

even_sum = sum(f for f in takewhile(lambda x: x < 4_000_000, fib()) if f % 2 == 0)
print(f"sum of even terms below four million: {even_sum:,}")

ratios = [b / a for a, b in islice(zip(fib(), islice(fib(), 1, None)), 1, 15)]
print("ratios converge to phi:", [f"{r:.5f}" for r in ratios[-4:]])
