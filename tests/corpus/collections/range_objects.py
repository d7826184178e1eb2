r = range(2, 20, 3)
print(r, list(r), len(r), r[2], r[-1], r[1:3])
print(7 in r, 8 in r, r.index(11), range(5) == range(0, 5))
print(list(range(5, 0, -1)), list(range(0)), list(reversed(range(4))))
print(range(10)[::2], sum(range(1, 11)))
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
