# islice's argument checks in CPython's order and wording: a stop of -1 or
# not an index, other negative indices, and the step.
import itertools as it
for args in [(-1,), (-2,), ("a",), (1.5,), (None,), (3,), (1, -1), (1, -2), (-1, 5), ("a", 5), (1, "a"), (None, None), (0, 5, 0), (0, 5, -1), (0, 5, "a"), (0, 5, None), (1, 8, 2), (2, None, 3), (None, 4, 2)]:
    try:
        print(args, list(it.islice(range(10), *args)))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
for bad in [(), (1, 2, 3, 4)]:
    try:
        it.islice(range(3), *bad)
    except TypeError as e:
        print("TypeError", e)
