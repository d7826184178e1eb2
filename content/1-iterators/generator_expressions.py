def noisy(n):
    print(f"  computing {n}")
    return n * 10


print("a list comprehension computes everything at once:")
eager = [noisy(n) for n in range(3)]
print("list ready:", eager)

print("a generator expression computes nothing yet:")
lazy = (noisy(n) for n in range(3))
print("generator ready")
for value in lazy:
    print("got", value)

print("pipelines pull one value at a time through every stage:")
numbers = (n for n in range(10))
evens = (n for n in numbers if n % 2 == 0)
squared = (n * n for n in evens)
print(next(squared), next(squared), next(squared))
print("numbers has only been read up to", next(numbers))
