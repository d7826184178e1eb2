# The big-number exercises every Python book has: factorials, Fibonacci,
# powers of two, digit sums, and Collatz on a huge start.
from functools import lru_cache, reduce


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def factorial(n):
    return reduce(lambda a, b: a * b, range(1, n + 1), 1)


for n in (10, 20, 21, 30):
    print(f"{n}! = {factorial(n)}")
print("fib(100) =", fib(100))
print("fib(300) has", len(str(fib(300))), "digits")
print("2**128 =", 2 ** 128)
print("digit sum of 100! =", sum(map(int, str(factorial(100)))))
print("trailing zeros of 100! =", len(str(factorial(100))) - len(str(factorial(100)).rstrip("0")))

n = 2 ** 100 + 1
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps from 2**100+1:", steps)

mersenne = [p for p in (2, 3, 5, 7, 13, 17, 19, 31, 61, 89, 107, 127)]
print("largest listed Mersenne prime:", 2 ** mersenne[-1] - 1)
print(f"{2 ** 100:,}")
print(f"{-(2 ** 70):x}", f"{2 ** 70:#o}", f"{3 ** 45:e}")
print(int("1" * 30) * 9 + 9, (10 ** 25) // 3, -(10 ** 25) // 3, -(10 ** 25) % 7)
