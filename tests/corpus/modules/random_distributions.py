# The rarer distributions of random, bit for bit with CPython's Mersenne
# Twister; and seeds that are big ints or bytes.
import random

random.seed(1)
print(random.lognormvariate(0, 1), random.vonmisesvariate(1, 2))
print(random.gammavariate(0.3, 1.5), random.gammavariate(1.0, 1.5), random.gammavariate(5.0, 1.5))
print(random.betavariate(2, 3), random.betavariate(0.5, 0.5))
print(random.paretovariate(3), random.weibullvariate(1, 2))
print(random.vonmisesvariate(-4, 0) < 6.3, random.vonmisesvariate(-4, 50))
print(random.randbytes(0), random.randbytes(3).hex(), random.randbytes(9).hex())
random.seed(2**100)
print(random.random())
random.seed(-(2**70) + 3)
print(random.random())
random.seed(b"bytes")
print(random.random())
random.seed(bytearray(b"xy"))
print(random.random())
r = random.Random(99)
print(r.betavariate(1.5, 2.5), r.gammavariate(0.9, 2), r.randbytes(5).hex())
try:
    random.gammavariate(0, 1)
except ValueError as e:
    print(e)
