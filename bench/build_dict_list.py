d = {}
items = []
for i in range(200_000):
    d[i] = i * 2
    items.append(str(i))
print(len(d), len(items), d[199_999], items[-1])
