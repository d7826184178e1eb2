from itertools import accumulate, chain, combinations, groupby, islice, product, zip_longest, starmap
from operator import itemgetter, mul

sales = [
    ("2024-01", "north", 120), ("2024-01", "south", 80), ("2024-01", "west", 95),
    ("2024-02", "north", 130), ("2024-02", "south", 60),
    ("2024-03", "north", 150), ("2024-03", "south", 90), ("2024-03", "west", 110),
]

print("== monthly totals")
for month, rows in groupby(sales, key=itemgetter(0)):
    rows = list(rows)
    print(f"{month}: {sum(r[2] for r in rows):4d} ({len(rows)} regions)")

print("== running total")
amounts = [r[2] for r in sales]
print(list(accumulate(amounts)))
print("running max:", list(accumulate(amounts, max)))

print("== by region")
by_region = sorted(sales, key=itemgetter(1))
for region, rows in groupby(by_region, key=itemgetter(1)):
    print(f"{region:>6}: {[r[2] for r in rows]}")

print("== pairs of regions")
regions = sorted({r[1] for r in sales})
print([f"{a}+{b}" for a, b in combinations(regions, 2)])

print("== price grid")
for size, color in islice(product(["S", "M", "L"], ["red", "blue"]), 4):
    print(size, color)

print("== side by side")
for a, b in zip_longest(["q1", "q2", "q3"], [10, 20], fillvalue="-"):
    print(f"{a:>3} | {b}")

print("== totals")
print(sum(chain.from_iterable([[1, 2], [3], [4, 5, 6]])))
print(list(starmap(mul, [(2, 5), (3, 7), (10, 10)])))
