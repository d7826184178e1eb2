nums = range(10)
print([n * n for n in nums if n % 2 == 0])
print({n: n * n for n in range(5)})
print({n % 3 for n in nums})
print([(i, j) for i in range(3) for j in range(i)])
print([[j for j in range(i)] for i in range(4)])
words = ["alpha", "beta", "gamma", "delta"]
print({w[0]: w for w in words})
print([w.upper() if len(w) > 4 else w for w in words])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
print([x for row in matrix for x in row])
print(sum(x for x in range(101) if x % 7 == 0))
