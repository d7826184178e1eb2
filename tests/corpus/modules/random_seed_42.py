import random

random.seed(42)
print(random.random())
print(random.random())
print(random.randint(1, 10), random.randint(1, 10), random.randint(1, 100))
print(random.choice(["rock", "paper", "scissors"]))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5))
print(random.uniform(1.5, 2.5))
print(random.randrange(0, 100, 5))
print([round(random.random(), 3) for _ in range(5)])
