import math

inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, math.inf, -math.inf)
print(inf > 1e308, -inf < -1e308, inf == inf, inf - inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, math.isnan(nan), math.isinf(-inf))
print(1e308 * 10, -1e308 * 10, inf * 0)
print(max(1, inf), min(-inf, 0), [nan], repr(nan))
print(float("infinity"), float("-Inf"), float("NaN"))
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
