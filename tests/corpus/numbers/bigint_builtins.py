import math
print(math.factorial(25), math.factorial(50))
print(sum(int(c) for c in str(2 ** 1000)))
n = 2 ** 70
print(f"{n:,}", f"{n:>30}", f"{n:_}", "%d" % n, "%s" % n, "{}".format(n))
print(divmod(n, 7), pow(2, 100, 10 ** 9 + 7), pow(n, 2, 1000))
print(hex(n)[2:], len(hex(n)), bin(2 ** 65), oct(2 ** 64))
print(n.bit_length(), (2 ** 64 - 1).bit_length(), round(n), round(n, -3))
print(math.gcd(2 ** 80, 6 ** 30), math.isqrt(10 ** 30), math.comb(100, 50), math.perm(30, 20))
print(str(n).zfill(30), int(str(n)[::-1]))
print([i * 10 ** 18 for i in range(8, 12)])
print(n * 1.0, n / 2 ** 69, 7 ** 30 // 3 ** 20)
import json
print(json.dumps({"big": n}))
print(n in {n}, n in [1, n], 2 ** 64 == 2.0 ** 64)
