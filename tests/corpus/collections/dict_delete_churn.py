# Inserting and deleting keys over and over: the table must grow or
# rebuild as deleted slots pile up, or a lookup for an absent key would
# probe forever (pprint does this with its recursion guard).
d = {}
for i in range(50_000):
    d[i] = 1
    del d[i]
print(len(d), 7 in d)
guard = {}
for i in range(20_000):
    k = i * 7919
    guard[k] = 1
    del guard[k]
    if -1 in guard:
        print("never")
print(len(guard))
d2 = {"keep": 0}
for i in range(1000):
    d2[str(i)] = i
    d2.popitem()
print(d2, "x" in d2)
s = set()
for i in range(50_000):
    s.add(i)
    s.discard(i)
print(len(s), 5 in s)
