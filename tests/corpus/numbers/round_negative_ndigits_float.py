# round() with negative ndigits rounds the exact value, as CPython does.
for x, n in [(1e300, -300), (1e300, -299), (1.5e300, -300), (123456.789, -3), (2.5e22, -22), (-1234.5, -1), (1e22, -21)]:
    print(x, n, round(x, n))
print((1.5).hex(), (1.0).hex(), (0.1).hex(), (5e-324).hex(), (-2.0).hex())
round(1.7976931348623157e308, -308)
