# int / int beyond 53 bits is correctly rounded, subnormal results and
# the overflow error included; getrandbits past 64 bits draws 32-bit words.
import random
r = random.Random(7)
out = []
for i in range(3000):
    a = r.getrandbits(r.randint(1, 1200)) * r.choice([1, -1])
    b = r.getrandbits(r.randint(1, 1200)) or 1
    try:
        out.append(repr(a / b))
    except OverflowError as e:
        out.append("OverflowError " + str(e))
print(hash(tuple(out)) if False else len(out))
for o in out[:5]: print(o)
print("|".join(out[i] for i in range(0, 3000, 97)))
print(sum(1 for o in out if o.startswith("Overflow")), sum(1 for o in out if o in ("0.0", "-0.0")))
print(2**1100 / 2**1099, 1 / 2**1075, 1 / 2**1074, 3 / 2**1075, -(2**60+1) / 2**1134)
try:
    print((2**1024 - 2**969) / 1)
except OverflowError as e:
    print(e)
