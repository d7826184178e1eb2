rows = [("apples", 3, 0.5), ("kiwis", 12, 0.25), ("watermelons", 1, 3.75)]
width = max(len(name) for name, _, _ in rows)
precision = 2
for name, qty, price in rows:
    print(f"{name:<{width}} | {qty:>{3}} | {price:>{8}.{precision}f}")
align = "^"
fill = "~"
print(f"{'centered':{fill}{align}{20}}")
value = 3.14159
for p in range(4):
    print(f"{value:.{p}f}")
