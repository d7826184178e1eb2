from collections import Counter

c = Counter("abracadabra")
print(c)
print(c.most_common(3), c["a"], c["z"])
words = "the quick brown fox jumps over the lazy dog the end".split()
wc = Counter(words)
print(wc.most_common(2))
c2 = Counter(a=1, b=5)
print(c + c2, c - c2)
c.update("aaz")
print(c["a"], c["z"], sum(c.values()), sorted(c.elements())[:6])
print(Counter([3, 1, 3, 2, 3, 1]))
