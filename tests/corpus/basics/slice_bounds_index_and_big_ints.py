# Slice bounds may be any object with __index__, and ints past 64 bits
# stand for the far end (CPython's _PyEval_SliceIndex).
class Page:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


rows = list(range(10))
print(rows[Page(2):Page(5)], "abcdef"[:Page(3)], (1, 2, 3, 4)[::Page(2)])
print(rows[-10**30:10**30] == rows, "abc"[10**20:], rows[Page(1)::Page(4)])
rows[Page(8):] = ["end"]
del rows[:Page(6)]
print(rows, slice(Page(1), 10**40).indices(5))


class Bad:
    def __index__(self):
        return "3"


try:
    rows[Bad():]
except TypeError as e:
    print("TypeError:", e)
