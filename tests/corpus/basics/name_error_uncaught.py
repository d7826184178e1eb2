def compute_total(items):
    total = 0
    for item in items:
        total += item
    return totl


print("computing")
print(compute_total([1, 2, 3]))
