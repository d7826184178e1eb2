# randint, randrange and getrandbits with bounds past 64 bits draw the
# same numbers as CPython from the same seed.
import random
random.seed(5)
print(random.randint(0, 10**30), random.randrange(10**20), random.getrandbits(100), random.random())
for i in range(5):
    print(random.randrange(-10**25, 10**25, 7**20), random.randint(2**64, 2**65), random.randrange(10**19))
for bad in [(10**20, 10**20), (0, 10**20, 0), (10**20, 0, 10**19)]:
    try:
        random.randrange(*bad)
    except ValueError as e:
        print(e)
print(random.random())
