grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
a = [1, [2, 3]]
b = a
c = a[:]
a.append(4)
a[1].append(99)
print(a, b, c, a is b, a == c, a[1] is c[1])
import copy

d = copy.deepcopy(a)
a[1].append(100)
print(d, a)
