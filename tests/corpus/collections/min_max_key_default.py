products = [("laptop", 1200), ("mouse", 25), ("monitor", 300), ("cable", 25)]
print(min(products, key=lambda p: p[1]))
print(max(products, key=lambda p: p[1]))
print(max([], default="nothing"), min([3, 1, 2]), max("hello"))
print(max(3, 9, 2), min("b", "a", "c"), max([1, 2], [1, 3]))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
