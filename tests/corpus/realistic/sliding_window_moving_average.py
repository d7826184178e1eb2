from collections import deque
from itertools import islice


def window(iterable, n):
    it = iter(iterable)
    win = deque(islice(it, n), maxlen=n)
    if len(win) == n:
        yield tuple(win)
    for x in it:
        win.append(x)
        yield tuple(win)


def moving_average(values, n):
    total = 0.0
    buf = deque()
    for v in values:
        buf.append(v)
        total += v
        if len(buf) > n:
            total -= buf.popleft()
        if len(buf) == n:
            yield total / n


temps = [12.0, 13.5, 15.1, 14.8, 16.2, 18.0, 17.4, 15.9, 14.1, 13.0]
print("windows of 3:")
for w in window(temps, 3):
    print("  ", w)
print("3-day average:", [round(a, 2) for a in moving_average(temps, 3)])
print("5-day average:", [f"{a:.1f}" for a in moving_average(temps, 5)])
word = "mississippi"
pairs = ["".join(p) for p in window(word, 2)]
print("bigrams:", pairs)
print("most common bigram:", max(sorted(set(pairs)), key=pairs.count))
print("windows of 20:", list(window(temps, 20)))
