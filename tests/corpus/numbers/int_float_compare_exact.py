# Ints past 2**53 compare with floats by exact value, not after rounding.
big = 2**53 + 1
f = float(big)
print(f, big == f, big != f, big > f, f < big, big >= f, f <= big)
print(2**53 == float(2**53), -big < -f, 2**63 - 1 > 2.0**63, 2**63 - 1 < 2.0**63)
print(sorted([big, f, 2**53 - 1]), max(big, f), min(f, big))
print(big == float("nan"), big < float("inf"), -big > float("-inf"))
