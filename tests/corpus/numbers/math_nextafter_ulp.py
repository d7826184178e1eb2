# math.nextafter and math.ulp, by the bits of the float.
import math, sys
for x, y in [(1.0, 2.0), (1.0, 0.0), (0.0, 1.0), (0.0, -1.0), (-0.0, 1.0), (-1.5, -math.inf), (1e308, math.inf), (5e-324, 0.0), (3.0, 3.0), (-2.0, 5.0), (math.inf, 0.0)]:
    print(x, y, math.nextafter(x, y))
for x in [1.0, 0.0, -0.0, 1e300, 5e-324, sys.float_info.max, -3.5, math.inf, 2.0 ** 52, 0.1]:
    print(x, math.ulp(x))
print(math.isnan(math.nextafter(math.nan, 1.0)), math.isnan(math.ulp(math.nan)), math.nextafter(1, 2))
