# float.as_integer_ratio() of floats whose ratio needs more than 64 bits.
for x in [1234567.891, 1e300, -1e-300, 5e-324, 0.1, 2.5, -0.0, 1e22, 3.141592653589793]:
    n, d = x.as_integer_ratio()
    print(x, n, d, n / d == x)
for bad in [float('inf'), float('nan')]:
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
