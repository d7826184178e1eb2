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


class ABC:

    def __init_subclass__(cls, **kwargs):
        cls.__abstractmethods__ = _abstract_names(cls)

    def __new__(cls, *args, **kwargs):
        missing = getattr(cls, '__abstractmethods__', ())
        if missing:
            names = sorted(missing)
            s = 's' if len(names) > 1 else ''
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract method{s} "
                            + ', '.join(f"'{n}'" if False else n for n in names))
        return object.__new__(cls)


class ABCMeta:
    # `class A(metaclass=ABCMeta)` gets what deriving from ABC gives: the
    # VM makes such a class derive from ABC (a real metaclass would need
    # `type` subclasses, which coroscope does not have yet).
    pass
