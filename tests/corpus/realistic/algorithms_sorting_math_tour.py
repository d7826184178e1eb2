def bubble(a):
    a = a[:]
    for i in range(len(a)):
        for j in range(len(a) - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
    return a
def quick(a):
    if len(a) <= 1: return a
    p, *rest = a
    return quick([x for x in rest if x < p]) + [p] + quick([x for x in rest if x >= p])
def merge_sort(a):
    if len(a) < 2: return a
    m = len(a) // 2
    l, r = merge_sort(a[:m]), merge_sort(a[m:])
    out = []
    while l and r:
        out.append((l if l[0] <= r[0] else r).pop(0))
    return out + l + r
import random, bisect, heapq
random.seed(3)
data = [random.randrange(100) for _ in range(15)]
print(data, bubble(data) == quick(data) == merge_sort(data) == sorted(data))
print(bisect.bisect_left(sorted(data), 50), heapq.nsmallest(3, data), heapq.nlargest(2, data, key=lambda x: -x))
h = []; [heapq.heappush(h, (p, n)) for n, p in [("a", 3), ("b", 1), ("c", 2)]]
print([heapq.heappop(h) for _ in range(3)], list(heapq.merge([1, 4], [2, 3])))
def hanoi(n, a="A", b="B", c="C"):
    if n == 0: return 0
    x = hanoi(n - 1, a, c, b); y = hanoi(n - 1, c, b, a)
    return x + y + 1
print(hanoi(10))
def permutations(s):
    if len(s) <= 1: yield s; return
    for i, ch in enumerate(s):
        for p in permutations(s[:i] + s[i + 1:]):
            yield ch + p
print(list(permutations("abc")))
matrix = [[1, 2], [3, 4]]
def matmul(a, b): return [[sum(x * y for x, y in zip(r, c)) for c in zip(*b)] for r in a]
print(matmul(matrix, matrix), [[row[i] for row in matrix] for i in range(2)])
grid = [["."] * 5 for _ in range(3)]; grid[1][2] = "#"
print("\n".join("".join(r) for r in grid))
def binsearch(a, t):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == t: return mid
        if a[mid] < t: lo = mid + 1
        else: hi = mid - 1
    return -1
print(binsearch(list(range(0, 100, 3)), 42), binsearch([1, 2], 5))
memo = {}
def ways(n):
    if n in memo: return memo[n]
    r = 1 if n <= 1 else ways(n - 1) + ways(n - 2)
    memo[n] = r; return r
print(ways(90), len(memo), 2 ** 64 // 3, (10 ** 20) % 7, -(2 ** 70) // 3, int(1e20), float(2 ** 80))
import math
print(math.gcd(48, 18), math.lcm(4, 6), math.isqrt(99), math.sqrt(2), math.hypot(3, 4), math.comb(10, 3), math.prod([1, 2, 3, 4]), math.dist((0, 0), (1, 1)))
print(math.isclose(0.1 + 0.2, 0.3), math.inf > 1e308, math.nan != math.nan, math.log(100, 10), math.log2(8), math.e, math.tau, math.degrees(math.pi))
primes = [n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes, sum(primes), f"{sum(primes) / len(primes):.4f}")
print(sorted(["banana", "Apple", "cherry"], key=lambda s: (len(s), s.lower())), sorted([3, 1, 2], key=lambda x: -x))
