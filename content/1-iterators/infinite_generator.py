import itertools


def fibonacci():
    a, b = 0, 1
    while True:  # never ends: the consumer decides when to stop
        yield a
        a, b = b, a + b


for i, n in enumerate(fibonacci()):
    if n > 50:
        break
    print(i, n)

first_ten = list(itertools.islice(fibonacci(), 10))
print("islice takes what it needs:", first_ten)

ids = itertools.count(start=100)
print("ids on demand:", next(ids), next(ids), next(ids))
