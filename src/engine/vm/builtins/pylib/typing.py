# typing: the names annotations use. Annotations are not evaluated by
# coroscope, but aliases and generic bases are, so these are light objects.


class _Alias:

    def __init__(self, name):
        self._name = name

    def __getitem__(self, params):
        return self

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Type {self._name} cannot be instantiated")

    def __repr__(self):
        return 'typing.' + self._name

    def __or__(self, other):
        return self

    def __ror__(self, other):
        return self


Any = _Alias('Any')
Optional = _Alias('Optional')
Union = _Alias('Union')
List = _Alias('List')
Dict = _Alias('Dict')
Tuple = _Alias('Tuple')
Set = _Alias('Set')
FrozenSet = _Alias('FrozenSet')
Type = _Alias('Type')
Callable = _Alias('Callable')
Iterable = _Alias('Iterable')
Iterator = _Alias('Iterator')
Generator = _Alias('Generator')
AsyncIterator = _Alias('AsyncIterator')
AsyncIterable = _Alias('AsyncIterable')
AsyncGenerator = _Alias('AsyncGenerator')
Awaitable = _Alias('Awaitable')
Coroutine = _Alias('Coroutine')
Sequence = _Alias('Sequence')
MutableSequence = _Alias('MutableSequence')
Mapping = _Alias('Mapping')
MutableMapping = _Alias('MutableMapping')
Literal = _Alias('Literal')
Final = _Alias('Final')
ClassVar = _Alias('ClassVar')
Annotated = _Alias('Annotated')
NoReturn = _Alias('NoReturn')
Never = _Alias('Never')
Self = _Alias('Self')
Deque = _Alias('Deque')
DefaultDict = _Alias('DefaultDict')
Counter = _Alias('Counter')
TypeAlias = _Alias('TypeAlias')


class TypeVar:

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name

    def __repr__(self):
        return '~' + self.__name__


class ParamSpec(TypeVar):
    pass


class Generic:
    pass


class Protocol:
    pass


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def runtime_checkable(cls):
    return cls


def get_type_hints(obj):
    return dict(getattr(obj, '__annotations__', {}))


TYPE_CHECKING = False


class NamedTuple:
    # `class P(NamedTuple): x: int` becomes a namedtuple; the VM calls
    # `_cls_build` instead of making a class that derives from this one.

    @classmethod
    def _cls_build(cls, name, namespace):
        import collections
        annotations = namespace.get('__annotations__', {})
        fields = list(annotations)
        defaults = [namespace[f] for f in fields if f in namespace]
        nt = collections.namedtuple(name, fields, defaults=defaults or None)
        for key, value in namespace.items():
            if key in ('__annotations__', '__module__', '__qualname__') or key in fields:
                continue
            setattr(nt, key, value)
        nt.__module__ = namespace.get('__module__', '__main__')
        return nt


class TypedDict(dict):
    pass
