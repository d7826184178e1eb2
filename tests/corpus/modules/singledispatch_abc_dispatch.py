# singledispatch weaves ABCs into the MRO: a list reaches the Sequence
# implementation, an int the numbers.Integral one, and two unrelated
# implicit ABCs make the dispatch ambiguous.
from functools import singledispatch
from collections import abc
import numbers


@singledispatch
def describe(obj):
    return f"object {obj!r}"


@describe.register
def _(seq: abc.Sequence):
    return "sequence of " + ", ".join(describe(x) for x in seq)


@describe.register
def _(n: numbers.Integral):
    return f"int {n}"


@describe.register
def _(m: abc.Mapping):
    return f"mapping with {len(m)} keys"


@describe.register
def _(x: float | complex):
    return f"number {x}"


print(describe([1, (2, 3.5)]))
print(describe({"a": 1}), describe(range(2)), describe(None))
print(describe.dispatch(bool).__name__, describe.dispatch(set) is describe.registry[object])


class Bag:
    def __len__(self):
        return 0

    def __contains__(self, item):
        return False


@describe.register(abc.Sized)
def _(x):
    return "sized"


@describe.register(abc.Container)
def _(x):
    return "container"


try:
    describe(Bag())
except RuntimeError as e:
    print("RuntimeError:", e)
