# issubclass against collections.abc: builtin types and one-method protocols.
from collections.abc import (Callable, Container, Hashable, ItemsView, Iterable, Iterator,
                             KeysView, Mapping, MutableMapping, MutableSequence, MutableSet,
                             Sequence, Set, Sized, ValuesView)

print(issubclass(list, Sequence), issubclass(list, MutableSequence), issubclass(tuple, MutableSequence))
print(issubclass(dict, Mapping), issubclass(dict, MutableMapping), issubclass(str, Sequence))
print(issubclass(set, MutableSet), issubclass(frozenset, Set), issubclass(frozenset, MutableSet))
print(issubclass(list, Hashable), issubclass(tuple, Hashable), issubclass(int, Iterable))


class Walker:
    def __iter__(self):
        return iter([])


class Counter:
    def __len__(self):
        return 0

    def __call__(self):
        return 1


print(issubclass(Walker, Iterable), issubclass(Walker, Iterator), issubclass(Counter, Sized))
print(issubclass(Counter, Callable), issubclass(Walker, Container), issubclass(Walker, Mapping))
d = {"a": 1}
print(isinstance(d.keys(), KeysView), isinstance(d.items(), ItemsView), isinstance(d.values(), ValuesView))
print(isinstance(d.keys(), Set), isinstance(d.values(), Set), isinstance(d.items(), Set))
