# `__iter__ = None` marks a class as not iterable, even with a __getitem__.
class Table:
    __iter__ = None

    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError(i)


t = Table()
print(t[1])
for attempt in (lambda: iter(t), lambda: list(t), lambda: [x for x in t]):
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)
