import math

print(math.pi, math.e, math.tau, math.inf)
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.isqrt(10 ** 12))
print(math.floor(2.7), math.ceil(2.1), math.floor(-2.7), math.ceil(-2.1))
print(math.gcd(12, 18), math.factorial(10), math.comb(5, 2), math.perm(5, 2))
print(math.hypot(3, 4), math.pow(2, 0.5), math.exp(1), math.log(100, 10), math.log2(1024), math.log10(0.001))
print(round(math.sin(math.pi / 6), 12), math.cos(0), math.degrees(math.pi), math.radians(180))
print(math.fabs(-3), math.copysign(2, -0.0), math.isfinite(1e308), math.fsum([0.1] * 10))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
