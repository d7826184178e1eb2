from itertools import chain, count, cycle, islice, repeat

print(list(islice(count(10, 5), 4)))
print(list(islice(cycle("ab"), 5)))
print(list(repeat("x", 3)))
print(list(chain([1, 2], "ab", range(2))))
print(list(chain.from_iterable([[1], [2, 3]])))
print(list(islice(range(100), 5, 20, 4)))
print(list(zip(count(1), ["a", "b", "c"])))
print(list(map(pow, range(4), repeat(2))))
