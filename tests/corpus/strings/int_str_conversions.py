print(int("42"), int("-17"), int("  8  "), int("ff", 16), int("0x1f", 16), int("101", 2), int("z", 36))
print(str(255), bin(10), hex(255), oct(8), bin(-5))
print(float("3.5"), float("-inf"), float("1e3"), float("  2  "))
for bad in ["3.5", "abc", ""]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float("x1")
except ValueError as e:
    print("ValueError:", e)
print(int(3.99), int(-3.99), int(True), str(True), str(None))
print(repr(str(1.0)), repr(str(10**15)))
