# typing: the names annotations use. Annotations are not evaluated by
# coroscope, but aliases and generic bases are, so these are light objects.

import abc as _abc


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
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    @property
    def __parameters__(self):
        return _collect_parameters(self.__args__)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __mro_entries__(self, bases):
        # As typing._GenericAlias: `class R(Repo[User])` derives from Repo,
        # `class S(Generic[T])` from Generic unless a later base already
        # brings it, `class M(List[int])` from list and Generic.
        origin = self.__origin__
        if origin is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _GenericAlias) and b is not self:
                    return ()
            return (Generic,)
        if self._name is not None:
            origin = _subclassable(self._name)
            if origin is None:
                raise TypeError(f"Cannot subclass {self!r}")
            res = [] if origin in bases else [origin]
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _GenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                    break
            else:
                res.append(Generic)
            return tuple(res)
        return (origin,)

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


_BUILTIN_CLASSES = {'List': list, 'Dict': dict, 'Set': set, 'FrozenSet': frozenset,
                    'Tuple': tuple, 'Type': type}
_COLLECTIONS = {'Deque': 'deque', 'DefaultDict': 'defaultdict',
                'OrderedDict': 'OrderedDict', 'Counter': 'Counter', 'ChainMap': 'ChainMap'}


def _subclassable(name):
    # The class `class C(List[int])` or `class C(Mapping[str, int])`
    # derives from, imported only when a program does that.
    if name in _BUILTIN_CLASSES:
        return _BUILTIN_CLASSES[name]
    if name in _COLLECTIONS:
        import collections
        return getattr(collections, _COLLECTIONS[name])
    import collections.abc
    return getattr(collections.abc, name, None)


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

    # `isinstance(x, Sized)` asks the class the alias stands for; special
    # forms (Any, Union, Literal...) refuse, as CPython's do.
    def __instancecheck__(self, obj):
        if _subclassable(self._name) is None:
            raise TypeError(f"{self} cannot be used with isinstance()")
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        if self._name == 'Any':
            # Any is a class in CPython 3.11, whose subclass test is type's.
            return False
        origin = _subclassable(self._name)
        if origin is None:
            raise TypeError(f"{self} cannot be used with issubclass()")
        if isinstance(cls, _Alias):
            return issubclass(_subclassable(cls._name), origin)
        if isinstance(cls, _GenericAlias):
            raise TypeError("Subscripted generics cannot be used with class and instance checks")
        return issubclass(cls, origin)

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

    def __call__(self, *args, **kwargs):
        raise TypeError("Cannot instantiate typing.Union")

    # As _UnionGenericAlias: `isinstance(x, Optional[int])` tests each arm.
    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False


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
AbstractSet = _Alias('AbstractSet')
AsyncContextManager = _Alias('AsyncContextManager')
ContextManager = _Alias('ContextManager')
ByteString = _Alias('ByteString')
ChainMap = _Alias('ChainMap')
OrderedDict = _Alias('OrderedDict')
Collection = _Alias('Collection')
Container = _Alias('Container')
Hashable = _Alias('Hashable')
Sized = _Alias('Sized')
Reversible = _Alias('Reversible')
ItemsView = _Alias('ItemsView')
KeysView = _Alias('KeysView')
ValuesView = _Alias('ValuesView')
MappingView = _Alias('MappingView')
MutableSet = _Alias('MutableSet')
Concatenate = _Alias('Concatenate')
LiteralString = _Alias('LiteralString')
NotRequired = _Alias('NotRequired')
Required = _Alias('Required')
TypeGuard = _Alias('TypeGuard')
Unpack = _Alias('Unpack')
IO = _Alias('IO')
TextIO = _Alias('TextIO')
BinaryIO = _Alias('BinaryIO')
Pattern = _Alias('Pattern')
Match = _Alias('Match')
SupportsAbs = _Alias('SupportsAbs')
SupportsBytes = _Alias('SupportsBytes')
SupportsComplex = _Alias('SupportsComplex')
SupportsFloat = _Alias('SupportsFloat')
SupportsIndex = _Alias('SupportsIndex')
SupportsInt = _Alias('SupportsInt')
SupportsRound = _Alias('SupportsRound')
Text = str


class TypeVar:

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        # A name written as a string stays unevaluated, as _type_check does.
        def check(t):
            return ForwardRef(t) if isinstance(t, str) else _arg(t)
        self.__constraints__ = tuple(check(c) for c in constraints)
        self.__bound__ = None if bound is None else check(bound)

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpec(TypeVar):

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)



class ParamSpecArgs:

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"


class ParamSpecKwargs:

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"


class TypeVarTuple:

    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


AnyStr = TypeVar('AnyStr', bytes, str)


def _collect_parameters(args):
    # The type variables in `args`, each once, in the order they appear.
    params = []
    for a in args:
        found = (a,) if isinstance(a, (TypeVar, TypeVarTuple)) else getattr(a, '__parameters__', ())
        if isinstance(a, list):
            found = _collect_parameters(a)
        if not isinstance(found, tuple):
            continue
        for t in found:
            if t not in params:
                params.append(t)
    return tuple(params)


class Generic:

    def __class_getitem__(cls, params):
        # `Stack[int]` and `Generic[T]` are aliases that show and call as
        # CPython's; as bases (`__mro_entries__`) they stand for the class.
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_arg(a) for a in params)
        if cls is Generic or cls is Protocol:
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            for p in params:
                if not isinstance(p, (TypeVar, TypeVarTuple)):
                    raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                                    f"or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        # As typing.Generic: the class's type variables, from the bases as
        # written, which Generic[...] (when there) must list in full.
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        if '__orig_bases__' in cls.__dict__:
            orig = cls.__orig_bases__
            if Generic in orig:
                raise TypeError("Cannot inherit from plain Generic")
            tvars = _collect_parameters(orig)
            gvars = None
            for base in orig:
                if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
                    if gvars is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple times.")
                    gvars = base.__parameters__
            if gvars is not None:
                missing = [t for t in tvars if t not in gvars]
                if missing:
                    s_vars = ', '.join(str(t) for t in missing)
                    s_args = ', '.join(str(g) for g in gvars)
                    name = 'Protocol' if any(getattr(b, '__origin__', None) is Protocol for b in orig) else 'Generic'
                    raise TypeError(f"Some type variables ({s_vars}) are not listed in {name}[{s_args}]")
                tvars = gvars
        elif Generic in cls.__bases__ and cls.__name__ != 'Protocol':
            raise TypeError("Cannot inherit from plain Generic")
        cls.__parameters__ = tuple(tvars)


_PROTO_SKIP = frozenset([
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__',
    '__init__', '__module__', '__new__', '__slots__', '__subclasshook__',
    '__weakref__', '__class_getitem__', '__parameters__', '__orig_bases__',
    '__orig_class__', '_is_protocol', '_is_runtime_protocol', '__qualname__',
    '__init_subclass__', '_MutableMapping__marker',
])


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = base.__dict__.get('__annotations__', {})
        for attr in list(base.__dict__.keys()) + list(annotations.keys()):
            if not attr.startswith('_abc_') and attr not in _PROTO_SKIP:
                attrs.add(attr)
    return attrs


def _callable_members_only(cls):
    return all(callable(getattr(cls, attr, None)) for attr in _protocol_attrs(cls))


def _check_runtime(cls):
    if not getattr(cls, '_is_runtime_protocol', False):
        raise TypeError("Instance and class checks can only be used with"
                        " @runtime_checkable protocols")


_reckless = False


class _ProtocolMeta(_abc.ABCMeta):
    # isinstance() against a runtime-checkable protocol looks for its
    # members on the instance, as CPython's _ProtocolMeta does.

    def __instancecheck__(cls, instance):
        is_protocol = cls.__dict__.get('_is_protocol', False)
        if is_protocol:
            _check_runtime(cls)
        if ((not is_protocol or _callable_members_only(cls))
                and issubclass(type(instance), cls)):
            return True
        if is_protocol:
            if all(hasattr(instance, attr) and
                   (not callable(getattr(cls, attr, None)) or
                    getattr(instance, attr) is not None)
                   for attr in _protocol_attrs(cls)):
                return True
        # ABCMeta's check runs the hook below, whose errors CPython skips
        # when the call comes from abc (`_allow_reckless_class_checks`).
        global _reckless
        _reckless = True
        try:
            return super().__instancecheck__(instance)
        finally:
            _reckless = False


class Protocol(Generic, metaclass=_ProtocolMeta):

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)

        def _proto_hook(other):
            if not cls.__dict__.get('_is_protocol', False) or _reckless:
                return NotImplemented
            _check_runtime(cls)
            if not _callable_members_only(cls):
                raise TypeError("Protocols with non-method members"
                                " don't support issubclass()")
            if not isinstance(other, type):
                raise TypeError('issubclass() arg 1 must be a class')
            for attr in _protocol_attrs(cls):
                for base in other.__mro__:
                    if attr in base.__dict__:
                        if base.__dict__[attr] is None:
                            return NotImplemented
                        break
                    annotations = base.__dict__.get('__annotations__', {})
                    if (attr in annotations and issubclass(other, Generic)
                            and getattr(other, '_is_protocol', False)):
                        break
                else:
                    return NotImplemented
            return True

        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = _proto_hook

        # As CPython: a protocol without an __init__ of its own cannot be
        # instantiated, and a class implementing it finds a real one.
        owner = next(b for b in cls.__mro__ if '__init__' in b.__dict__)
        if owner is object:
            cls.__init__ = _no_init_or_replace_init


def _no_init_or_replace_init(self, *args, **kwargs):
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    if cls.__init__ is not _no_init_or_replace_init:
        return
    for base in cls.__mro__:
        init = base.__dict__.get('__init__', _no_init_or_replace_init)
        if init is not _no_init_or_replace_init:
            cls.__init__ = init
            break
    else:
        cls.__init__ = object.__init__
    cls.__init__(self, *args, **kwargs)


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    # As CPython 3.11: marks what it can, for introspection.
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def runtime_checkable(cls):
    if not issubclass(cls, Generic) or not cls.__dict__.get('_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol'
                        ' classes, got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    # A class's own and its bases' annotations, each base's strings evaluated
    # in its module; a function's in its globals. None stands for NoneType.
    import sys
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            if globalns is None:
                mod = sys.modules.get(base.__module__)
                g = getattr(mod, '__dict__', {})
            else:
                g = globalns
            l = dict(vars(base)) if localns is None else localns
            for k, v in ann.items():
                hints[k] = _eval_hint(v, g, l)
        return hints if include_extras else _strip_all(hints)
    g = globalns
    if g is None:
        f = obj
        while hasattr(f, '__wrapped__'):
            f = f.__wrapped__
        g = getattr(f, '__globals__', {})
    l = g if localns is None else localns
    for k, v in dict(getattr(obj, '__annotations__', {})).items():
        hints[k] = _eval_hint(v, g, l)
    return hints if include_extras else _strip_all(hints)


def _strip_all(hints):
    return {k: _strip_annotations(t) for k, t in hints.items()}


def _strip_annotations(t):
    # As typing._strip_annotations: Annotated[X, ...] is X, at any depth.
    import types
    if isinstance(t, _GenericAlias) and t._name == 'Annotated' and t.__args__:
        return _strip_annotations(t.__args__[0])
    if isinstance(t, _UnionAlias):
        args = tuple(_strip_annotations(a) for a in t.__args__)
        return t if args == tuple(t.__args__) else Union[args]
    if isinstance(t, _GenericAlias) and t._name != 'Literal' and not isinstance(t.__args__[0] if t.__args__ else None, list):
        args = tuple(_strip_annotations(a) for a in t.__args__)
        return t if args == tuple(t.__args__) else _GenericAlias(t.__origin__, args, t._name)
    if isinstance(t, types.GenericAlias):
        args = tuple(_strip_annotations(a) for a in t.__args__)
        return t if args == tuple(t.__args__) else types.GenericAlias(t.__origin__, args)
    return t


def _eval_hint(t, g, l):
    import types
    if t is None:
        return type(None)
    if isinstance(t, str):
        return _eval_hint(eval(t, g, l), g, l)
    if isinstance(t, ForwardRef):
        return _eval_hint(eval(t.__forward_arg__, g, l), g, l)
    if isinstance(t, _UnionAlias):
        return Union[tuple(_eval_hint(a, g, l) for a in t.__args__)]
    if isinstance(t, _GenericAlias) and t._name == 'Literal':
        # Literal["a"] holds values, not names.
        return t
    if isinstance(t, _GenericAlias) and t._name == 'Annotated' and t.__args__:
        # Only the type is evaluated, not the metadata after it.
        first = _eval_hint(t.__args__[0], g, l)
        if first is t.__args__[0]:
            return t
        return _GenericAlias(t.__origin__, (first,) + tuple(t.__args__[1:]), t._name)
    if isinstance(t, _GenericAlias) and not isinstance(t.__args__[0] if t.__args__ else None, list):
        args = tuple(_eval_hint(a, g, l) for a in t.__args__)
        if args != tuple(t.__args__):
            return _GenericAlias(t.__origin__, args, t._name)
    if isinstance(t, types.GenericAlias):
        args = tuple(_eval_hint(a, g, l) for a in t.__args__)
        if args != tuple(t.__args__):
            return types.GenericAlias(t.__origin__, args)
    return t


TYPE_CHECKING = False


# What `get_origin` gives for the aliases of builtin and library classes.
def get_origin(tp):
    if isinstance(tp, _UnionAlias):
        return Union
    if isinstance(tp, _GenericAlias):
        origin = tp.__origin__
        if isinstance(origin, _Alias):
            return _subclassable(origin._name) or origin
        return origin
    if tp is Generic:
        return Generic
    import types
    if isinstance(tp, types.GenericAlias):
        return tp.__origin__
    if isinstance(tp, types.UnionType):
        return types.UnionType
    return None


def get_args(tp):
    if isinstance(tp, _GenericAlias):
        return tuple(tp.__args__)
    import types
    if isinstance(tp, (types.GenericAlias, types.UnionType)):
        return tp.__args__
    return ()


class NewType:
    # `UserId = NewType('UserId', int)`: calling it returns its argument.

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = '__main__'

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ForwardRef:

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        self.__forward_arg__ = arg

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def assert_type(val, typ, /):
    return val


def reveal_type(obj, /):
    import sys
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(**kwargs):
    return lambda cls_or_fn: cls_or_fn


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


_overloads = {}


def get_overloads(func):
    return []


def clear_overloads():
    pass


_NT_PROHIBITED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                            '_fields', '_field_defaults', '_make', '_replace',
                            '_asdict', '_source'})


class NamedTuple:
    # `class P(NamedTuple): x: int` becomes a namedtuple; the VM calls
    # `_cls_build` instead of making a class that derives from this one.

    @classmethod
    def _cls_build(cls, name, namespace):
        import collections
        annotations = namespace.get('__annotations__', {})
        fields = list(annotations)
        default_names = []
        for field_name in fields:
            if field_name in namespace:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        defaults = [namespace[f] for f in fields if f in namespace]
        nt = collections.namedtuple(name, fields, defaults=defaults or None)
        for key, value in namespace.items():
            if key in _NT_PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key in ('__annotations__', '__module__', '__qualname__') or key in fields:
                continue
            setattr(nt, key, value)
        nt.__module__ = namespace.get('__module__', '__main__')
        nt.__annotations__ = dict(annotations)
        return nt


class _TypedDictMeta(type):
    # As CPython's: a TypedDict class is a dict subclass whose call makes a
    # plain dict, and which isinstance() refuses.

    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        own = ns.get('__annotations__', {})
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
        annotations.update(own)
        required = set()
        optional = set()
        for base in bases:
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        for key, tp in own.items():
            marker = getattr(tp, '__origin__', None)
            if marker is Required:
                required.add(key)
            elif marker is NotRequired:
                optional.add(key)
            elif total:
                required.add(key)
            else:
                optional.add(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        if not hasattr(tp_dict, '__total__'):
            tp_dict.__total__ = total
        return tp_dict

    __call__ = dict

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments,"
                        " but not both")
    if kwargs:
        import warnings
        warnings.warn(
            "The kwargs-based syntax for TypedDict definitions is deprecated "
            "in Python 3.11, will be removed in Python 3.13, and may not be "
            "understood by third-party type checkers.",
            DeprecationWarning,
            stacklevel=2,
        )
    ns = {'__annotations__': dict(fields), '__module__': '__main__'}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)
