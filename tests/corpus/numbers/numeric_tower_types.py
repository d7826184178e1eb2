print(type(1), type(1.0), type(True), type(1 + 1.0), type(7 // 2), type(7.0 // 2))
print(isinstance(1, (int, float)), isinstance(1.0, int), isinstance(True, float))
print(int.__name__, float.__name__, (5).real, (5).imag, (2.5).real)
print(3 .__add__(4), (10).__floordiv__(3), float.__add__(1.0, 2.0))
