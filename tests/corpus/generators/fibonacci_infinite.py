from itertools import islice


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(list(islice(fibonacci(), 15)))
for i, f in enumerate(fibonacci()):
    if f > 1000:
        print(f"first fibonacci above 1000 is F({i}) = {f}")
        break
evens = (f for f in fibonacci() if f % 2 == 0)
print([next(evens) for _ in range(6)])
