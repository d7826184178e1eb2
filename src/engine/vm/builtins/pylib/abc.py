# abc: abstract methods, enforced when a class is instantiated.


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _abstract_names(cls):
    names = set()
    for base in cls.__mro__[::-1]:
        for name, value in base.__dict__.items():
            if getattr(value, '__isabstractmethod__', False):
                names.add(name)
            elif name in names:
                names.discard(name)
    return frozenset(n for n in names if getattr(getattr(cls, n, None), '__isabstractmethod__', False))


class ABCMeta(type):
    # Records the abstract methods left on each class it makes; creating an
    # instance of a class that has some raises TypeError (`object.__new__`
    # checks, as CPython's does).

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls)
        return cls

    def register(cls, subclass):
        return subclass


class ABC(metaclass=ABCMeta):
    pass
