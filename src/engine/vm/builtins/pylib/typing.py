# typing: the names annotations use. Annotations are not evaluated by
# coroscope, but aliases and generic bases are, so these are light objects.


def _type_repr(obj):
    # As typing._type_repr: builtins by name, other classes by module and
    # qualified name, ... as is, the rest by repr.
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    return repr(obj)


def _arg(a):
    return type(None) if a is None else a


_BUILTIN_FOR = {'List': 'list', 'Dict': 'dict', 'Set': 'set',
                'FrozenSet': 'frozenset', 'Tuple': 'tuple'}


class _GenericAlias:
    # `List[int]`, `Stack[int]`: the origin and its arguments, shown as
    # CPython shows them; calling one calls the origin.

    def __init__(self, origin, args, name=None):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name

    def __repr__(self):
        base = 'typing.' + self._name if self._name else _type_repr(self.__origin__)
        if self._name == 'Callable' and len(self.__args__) == 2 and isinstance(self.__args__[0], list):
            params = '[' + ', '.join(_type_repr(a) for a in self.__args__[0]) + ']'
            return f'{base}[{params}, {_type_repr(self.__args__[1])}]'
        return base + '[' + ', '.join(_type_repr(a) for a in self.__args__) + ']'

    def __call__(self, *args, **kwargs):
        if self._name is not None and not isinstance(self.__origin__, type):
            use = _BUILTIN_FOR.get(self._name)
            if use:
                raise TypeError(f"Type {self._name} cannot be instantiated; use {use}() instead")
            raise TypeError(f"Type {self._name} cannot be instantiated")
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, params):
        return self

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _Alias:

    def __init__(self, name):
        self._name = name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == 'Union':
            return _union(params)
        if self._name == 'Optional':
            return _union(params + (None,))
        if self._name == 'Callable' and len(params) == 2 and isinstance(params[0], list):
            return _GenericAlias(self, ([_arg(a) for a in params[0]], _arg(params[1])), self._name)
        return _GenericAlias(self, tuple(_arg(a) for a in params), self._name)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Type {self._name} cannot be instantiated")

    def __repr__(self):
        return 'typing.' + self._name

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _UnionAlias(_GenericAlias):

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return f'typing.Optional[{_type_repr(other)}]'
        return 'typing.Union[' + ', '.join(_type_repr(a) for a in args) + ']'

    def __eq__(self, other):
        if not isinstance(other, _UnionAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


def _union(params):
    flat = []
    for p in params:
        p = _arg(p)
        members = p.__args__ if isinstance(p, _UnionAlias) else (p,)
        for m in members:
            if m not in flat:
                flat.append(m)
    if len(flat) == 1:
        return flat[0]
    return _UnionAlias(Union, tuple(flat), 'Union')


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

    def __class_getitem__(cls, params):
        # `class Stack(Generic[T])` keeps the class itself as its base;
        # `Stack[int]` is an alias that shows and calls as CPython's.
        if cls is Generic or cls is Protocol:
            return cls
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(cls, tuple(_arg(a) for a in params))


class Protocol(Generic):
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
