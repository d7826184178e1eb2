# collections.abc's classes have CPython's bases, and range and the dict
# views are the ABCs CPython registers them as.
from collections import abc

print([c.__name__ for c in abc.Sequence.__mro__])
print([c.__name__ for c in abc.MutableMapping.__mro__])
print([c.__name__ for c in abc.Generator.__mro__])
for t in (range, dict, type({}.keys()), type({}.values()), type({}.items()), set):
    names = [a.__name__ for a in (abc.Sized, abc.Container, abc.Collection,
                                  abc.Reversible, abc.Sequence, abc.Set,
                                  abc.Hashable) if issubclass(t, a)]
    print(t.__name__, names)
print(isinstance({}.keys(), abc.Reversible), isinstance(set(), abc.Reversible))
try:
    hash({}.keys())
except TypeError as e:
    print("TypeError:", e)
print(issubclass(abc.Sequence, abc.Iterable), issubclass(abc.Set, abc.Sized))
