import math

for x in [3.7, -3.7, 2.5, -2.5, 0.0, 1e10]:
    print(x, int(x), math.floor(x), math.ceil(x), math.trunc(x), round(x))
print(float(7), float(-0), float(2 ** 40), int("7") + 0.5)
print(math.floor(-0.5), math.ceil(-0.5), type(math.floor(2.0)))
