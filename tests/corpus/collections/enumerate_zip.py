names = ["ann", "bob", "cid"]
scores = [90, 72, 85]
for i, name in enumerate(names):
    print(i, name)
for rank, (name, score) in enumerate(zip(names, scores), start=1):
    print(f"{rank}. {name}: {score}")
print(dict(zip(names, scores)))
print(list(zip(names, scores, "xyz")), list(zip(names, [1])))
print(list(zip(*[(1, "a"), (2, "b")])))
print(list(enumerate("ab", 10)))
