import math

print(1 == 1.0, 1 != 1.5, 0.1 * 3 == 0.3, math.isclose(0.1 * 3, 0.3))
print(math.isclose(1.0, 1.0001), math.isclose(1.0, 1.0001, rel_tol=1e-3))
print(2 < 2.5 < 3, -0.0 == 0.0, 0.1 + 0.7, (0.1 + 0.7) * 10, int((0.1 + 0.7) * 10))
print(sorted([3, 1.5, -2, 0.0, 2]), max(1, 1.0), min(1.0, 1))
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0)
