import math
print(2 ** 100, math.factorial(30), 10 ** 20 // 7, -(2 ** 70) % 1000, (2 ** 64).bit_length(), str(2 ** 65), int("9" * 30) + 1)
a, b = 0, 1
for _ in range(200):
    a, b = b, a + b
print(a, len(str(a)), a % 1000000007, float(a), a > 1e40, a == a + 0)
print(0.1 + 0.2 == 0.3, 1e308 * 10, -1e308 * 10, float("inf") - float("inf"), 5 / 2, 5 // 2, -5 // 2, 5 % -3, 2 ** 0.5, (-8) ** (1/3) if False else "")
print(int(3.99), int(-3.99), round(3.14159, 2), round(-2.5), round(3.5), round(1234, -2), abs(-7), divmod(7.5, 2), 7.0 // 2, 1 / 3 * 3)
print(bin(10), oct(8), int("ff", 16), int("0b101", 0), int("777", 8), format(255, "b"), 1_000_000, 0xFF, 0o17, 0b11)
print(True + True, True * 10, sum([True, False, True]), 3 == 3.0, hash(3) == hash(3.0), (1).__add__(2), 10 .real)
print(float.fromhex("0x1.8p1") if hasattr(float, "fromhex") else "", (0.5).as_integer_ratio(), (3.0).is_integer(), 1e-320, 5e-324, 1.7976931348623157e308)
print(complex(1, 2) if False else "", max(1, 2.5), min([3, 1, 2]), sum([0.1] * 3), pow(2, 10), pow(2, -1), pow(10, 2, 7))
print(7 & 3, 7 | 8, 7 ^ 2, ~7, 1 << 40, -16 >> 2, 2 ** 63 - 1, -(2 ** 63))
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    10 % 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
print(int("12abc"))
