def g(i):
    try:
        yield i
    finally:
        print(f"finally {i}")


gens = [g(i) for i in range(4)]
for x in gens:
    next(x)
print("clearing the list")
gens = []
print("list cleared")
