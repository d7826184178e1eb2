import random

random.seed(42)
walk = 0
positions = []
for step in range(20):
    walk += random.choice([-1, 1])
    positions.append(walk)
print(positions)
print("max", max(positions), "min", min(positions))
hits = sum(1 for _ in range(1000) if random.random() < 0.3)
print("hits:", hits)
names = ["ann", "bob", "cid", "dee", "eve"]
random.shuffle(names)
print("teams:", names[:2], names[2:])
print([random.uniform(0, 1) < 0.5 for _ in range(6)])
print(random.choices(["a", "b", "c"], k=5))
