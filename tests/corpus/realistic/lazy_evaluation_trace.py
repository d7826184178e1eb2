def numbers(limit):
    for n in range(limit):
        print(f"  producing {n}")
        yield n


def squared(source):
    for n in source:
        print(f"  squaring {n}")
        yield n * n


print("building the pipeline (nothing happens yet)")
pipeline = squared(numbers(5))
print("pipeline built:", type(pipeline).__name__)

print("take first value:")
print("got", next(pipeline))

print("any() stops early:")
print(any(x > 3 for x in squared(numbers(10))))

print("all() stops at the first failure:")
print(all(x < 5 for x in numbers(10)))

print("list comprehension is eager:")
eager = [x for x in numbers(3)]
print("generator expression is lazy:")
lazy = (x for x in numbers(3))
print("now consuming lazy:", sum(lazy))

gen = (c.upper() for c in "abc")
print(list(gen), list(gen), "<- exhausted the second time")
