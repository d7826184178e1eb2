def flatten(items, depth=0):
    for item in items:
        if isinstance(item, (list, tuple)):
            yield from flatten(item, depth + 1)
        else:
            yield (depth, item)


nested = [1, [2, [3, 4], 5], (6, [7, [8]]), 9]
print([v for _, v in flatten(nested)])
for depth, value in flatten(nested):
    print("  " * depth + str(value))
