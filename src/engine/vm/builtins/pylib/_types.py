# The parts of `types` written in Python: SimpleNamespace (CPython's C
# type, in Python), UnionType (`int | None`) and GenericAlias (`list[int]`).
class SimpleNamespace:
    def __init__(self, /, **kwargs):
        for k, v in kwargs.items():
            setattr(self, k, v)
    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        items = ', '.join(f'{k}={v!r}' for k, v in vars(self).items())
        return f'{name}({items})'
    def __eq__(self, other):
        if isinstance(other, SimpleNamespace):
            return vars(self) == vars(other)
        return NotImplemented
SimpleNamespace.__module__ = 'types'

class UnionType:
    def __init__(self, args):
        self.__args__ = args
    def __repr__(self):
        return ' | '.join(_type_repr(a) for a in self.__args__)
    def __or__(self, other):
        return _union(self, other)
    def __ror__(self, other):
        return _union(other, self)
    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)
    def __hash__(self):
        return hash(frozenset(self.__args__))
    def __instancecheck__(self, obj):
        return isinstance(obj, self.__args__)
    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__args__)
UnionType.__module__ = 'types'

class GenericAlias:
    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
    def __repr__(self):
        if not self.__args__:
            return f'{_type_repr(self.__origin__)}[()]'
        args = ', '.join('...' if a is ... else _type_repr(a) for a in self.__args__)
        return f'{_type_repr(self.__origin__)}[{args}]'
    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)
    def __mro_entries__(self, bases):
        return (self.__origin__,)
    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')
    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')
    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__
    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)
    def __or__(self, other):
        return _union(self, other)
    def __ror__(self, other):
        return _union(other, self)
    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)
GenericAlias.__module__ = 'types'

def _type_repr(t):
    if t is type(None):
        return 'None'
    if isinstance(t, type) and not isinstance(t, GenericAlias):
        if t.__module__ == 'builtins':
            return t.__qualname__
        return f'{t.__module__}.{t.__qualname__}'
    return repr(t)

def _union(a, b):
    # `X | Y` of types (and None): flattened, without repeats; NotImplemented
    # for anything else, as CPython's `_Py_union_type_or`.
    args = []
    for x in (a, b):
        if x is None:
            x = type(None)
        if isinstance(x, UnionType):
            parts = x.__args__
        elif isinstance(x, (type, GenericAlias)):
            parts = (x,)
        else:
            return NotImplemented
        for p in parts:
            if p not in args:
                args.append(p)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))


class mappingproxy:
    # A read-only view of a mapping (CPython's C type, in Python): it has
    # no way to change the mapping, which stays live behind it.
    __module__ = 'builtins'

    def __init__(self, mapping):
        if not hasattr(type(mapping), '__getitem__') or isinstance(mapping, (list, tuple, str)) \
                or not hasattr(type(mapping), 'keys'):
            raise TypeError(f'mappingproxy() argument must be a mapping, not {type(mapping).__name__}')
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __eq__(self, other):
        return self._mapping == other

    def __or__(self, other):
        return self._mapping | other

    def __ror__(self, other):
        return other | self._mapping

    def __repr__(self):
        return f'mappingproxy({self._mapping!r})'

    def __str__(self):
        return str(self._mapping)


MappingProxyType = mappingproxy
