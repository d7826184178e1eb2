import random


def roll_dice(n):
    return [random.randint(1, 6) for _ in range(n)]


random.seed(42)
first = roll_dice(10)
random.seed(42)
second = roll_dice(10)
print(first)
print(first == second)
random.seed(7)
print(roll_dice(5))
rng = random.Random(42)
print(rng.random(), rng.choice("abcdef"), rng.randint(100, 200))
random.seed("coroscope")
print(random.randint(1, 1000))
