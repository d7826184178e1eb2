from collections import deque
from itertools import chain, cycle, filterfalse, groupby, islice, pairwise, repeat, tee, zip_longest


def take(n, iterable):
    return list(islice(iterable, n))


def roundrobin(*iterables):
    nexts = deque(iter(it).__next__ for it in iterables)
    while nexts:
        try:
            while True:
                yield nexts[0]()
                nexts.rotate(-1)
        except StopIteration:
            nexts.popleft()


def unique_everseen(iterable, key=None):
    seen = []
    for element in filterfalse(lambda e: (key(e) if key else e) in seen, iterable):
        k = key(element) if key else element
        if k not in seen:
            seen.append(k)
            yield element


def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)


def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return list(filterfalse(pred, t1)), list(filter(pred, t2))


def run_length(data):
    return [(k, len(list(g))) for k, g in groupby(data)]


print(take(5, cycle("AB")))
print(list(roundrobin("ABC", "D", "EF")))
print(list(unique_everseen("AAAABBBCCDAABBB")))
print(list(unique_everseen("ABBcCAD", key=str.lower)))
print(list(grouper("ABCDEFG", 3, "x")))
print(partition(lambda x: x % 2, range(10)))
print(run_length("aaabccddddde"))
print(list(pairwise([1, 4, 9, 16, 25])))
print([b - a for a, b in pairwise([1, 4, 9, 16, 25])])
print(list(chain(repeat("-", 3), "ok", repeat("-", 3))))
