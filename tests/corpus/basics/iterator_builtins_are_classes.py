# zip, map, filter, enumerate and reversed are classes: isinstance works
# with them, and reversed(range(...)) is a range_iterator.
import collections.abc as abc

print(zip, map, filter, enumerate, reversed)
pairs = zip("ab", [1, 2])
print(isinstance(pairs, zip), type(pairs) is zip, isinstance(pairs, map))
print(isinstance(map(str, [1]), map), isinstance(filter(None, []), filter))
print(isinstance(enumerate([]), enumerate), isinstance(reversed("ab"), reversed))
print(issubclass(zip, abc.Iterator), issubclass(enumerate, abc.Iterable))
print(list(enumerate(iterable="xy", start=1)))
for r in [range(5), range(1, 10, 3), range(10, 1, -4), range(3, 1)]:
    rev = reversed(r)
    print(type(rev).__name__, list(rev) == list(r)[::-1], list(reversed(r)))
for bad in [
    lambda: enumerate(),
    lambda: enumerate([], 1, 2),
    lambda: map(str, [1], key=1),
    lambda: filter(None),
    lambda: reversed(5),
]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
