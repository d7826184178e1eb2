for v in [1.0, 1e100, 1e-5, 0.0001, 1e-4, 123e4, 1e15, 1e16, 1.5e16, 12345.0, 0.1, 7.0 / 3]:
    print(str(v), repr(v), f"{v}", f"{v:g}", f"{v:.3}")
print(float(10 ** 15), float(10 ** 16), float(2 ** 53), float(2 ** 53 + 1))
print(1.0.is_integer(), (2.5).as_integer_ratio(), (0.1).hex())
