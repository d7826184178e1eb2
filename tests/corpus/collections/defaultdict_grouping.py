from collections import defaultdict

words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
by_letter = defaultdict(list)
for w in words:
    by_letter[w[0]].append(w)
print(by_letter)
print(dict(by_letter))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()))
print(by_letter["z"], "z" in by_letter)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
print({k: dict(v) for k, v in nested.items()})
