# itertools objects check their arguments and call iter() when made, not
# at the first next().
import itertools
import operator
import heapq

cases = [
    "itertools.islice([1], -1)",
    "itertools.islice([1], 1, -1)",
    "itertools.islice([1], -1, 2)",
    "itertools.islice([1], 0, 2, 0)",
    "itertools.islice(1, 2)",
    "itertools.islice([1])",
    "itertools.count('a')",
    "itertools.cycle(1)",
    "itertools.accumulate(None)",
    "itertools.takewhile(bool, 3)",
    "itertools.dropwhile(bool, 3)",
    "itertools.filterfalse(None, 3)",
    "itertools.starmap(pow, 3)",
    "itertools.permutations([1], -1)",
    "itertools.permutations([1], 'a')",
    "itertools.combinations([1], -2)",
    "itertools.product([1], repeat=-1)",
    "itertools.groupby(1)",
    "itertools.zip_longest([], 1)",
    "itertools.pairwise(None)",
    "operator.itemgetter()",
    "operator.attrgetter()",
    "heapq.heappop([])",
    "heapq.heapreplace([], 1)",
]
for s in cases:
    try:
        eval(s)
        print(s, "made")
    except Exception as e:
        print(s, "->", type(e).__name__, e)

print(list(itertools.islice("abcdefg", 1, None, 2)))
print(list(itertools.islice(itertools.count(5, 0.5), 3)))
print(list(itertools.permutations("ab")), list(itertools.combinations("abc", 2)))
