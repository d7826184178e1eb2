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

    # Also the registry of virtual subclasses, consulted by isinstance and
    # issubclass through __instancecheck__ and __subclasscheck__.

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls)
        for b in bases:
            if isinstance(b, ABCMeta):
                _children.setdefault(b, []).append(cls)
        return cls

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        _registry.setdefault(cls, []).append(subclass)
        global _abc_invalidation_counter
        _abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if cls in subclass.__mro__:
            return True
        hook = getattr(cls, '__subclasshook__', None)
        if hook is not None:
            ok = hook(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        for r in _registry.get(cls, ()):
            if issubclass(subclass, r):
                return True
        for c in _children.get(cls, ()):
            if issubclass(subclass, c):
                return True
        return False


_registry = {}
_children = {}
# Bumped by every registration, so caches of isinstance answers (such as
# singledispatch's) know when to start again.
_abc_invalidation_counter = 0


def get_cache_token():
    return _abc_invalidation_counter


class ABC(metaclass=ABCMeta):
    pass
