def noisy_range(n):
    for i in range(n):
        print(f"  produce {i}")
        yield i


gen = (x * 10 for x in noisy_range(3))
print("generator expression created")
print("first:", next(gen))
print("rest:", list(gen))

print(any(x > 1 for x in noisy_range(10)))
print(sum(x for x in noisy_range(3)))
