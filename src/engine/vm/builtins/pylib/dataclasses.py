# dataclasses: @dataclass with field defaults, default factories, frozen,
# order, and the generated __init__, __repr__ and __eq__.

import copy as _copy
import keyword as _keyword

class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class FrozenInstanceError(AttributeError):
    pass


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},repr={self.repr!r},eq={self.eq!r},order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},frozen={self.frozen!r})')


class Field:

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        import types
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        # As CPython: a read-only view, empty when none was given.
        self.metadata = types.MappingProxyType({} if metadata is None else metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        kind = self._field_type
        return (f"Field(name={self.name!r},type={self.type!r},default={self.default!r},"
                f"default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},"
                f"hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},"
                f"kw_only={self.kw_only!r},_field_type={kind})")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def fields(class_or_instance):
    try:
        fs = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    # ClassVar and InitVar pseudo-fields are in __dataclass_fields__ only.
    return tuple(f for f in fs.values() if f._field_type is _FIELD)


def is_dataclass(obj):
    return hasattr(obj, '__dataclass_fields__')


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


# asdict, astuple and replace are CPython's: nested dataclasses, lists,
# tuples, namedtuples and dicts are rebuilt, anything else deep-copied.
def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _asdict_inner(getattr(obj, f.name), dict_factory)
            result.append((f.name, value))
        return dict_factory(result)
    elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory),
                          _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    else:
        return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _astuple_inner(getattr(obj, f.name), tuple_factory)
            result.append(value)
        return tuple_factory(result)
    elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    else:
        return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with '
                                 'init=False, it cannot be specified with '
                                 'replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} "
                                 'must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False):
    # CPython's checks and field forms: 'name', ('name', type) or
    # ('name', type, Field).
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp, = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if _keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp
    body = dict(namespace)
    body.update(defaults)
    body['__annotations__'] = annotations
    cls = type(cls_name, bases, body)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots)


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


def _is_kind(type_, name):
    # An annotation is an object, or its source text under
    # `from __future__ import annotations` or when written as a string.
    if isinstance(type_, str):
        return (type_ == name or type_.startswith(name + '[')
                or type_.startswith('dataclasses.' + name)
                or type_.startswith('typing.' + name))
    if name == 'KW_ONLY':
        return type_ is KW_ONLY
    if name == 'InitVar':
        return type_ is InitVar or isinstance(type_, InitVar)
    # typing.ClassVar and ClassVar[...].
    return getattr(type_, '_name', None) == name


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only_all):
    fields_map = {}
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, '__dataclass_fields__', None)
        if base_fields is not None:
            for f in base_fields.values():
                fields_map[f.name] = f
    annotations = cls.__dict__.get('__annotations__', {})
    init_vars = []
    for name, type_ in annotations.items():
        if _is_kind(type_, 'KW_ONLY'):
            kw_only_all = True
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name = name
        f.type = type_
        if _is_kind(type_, 'ClassVar'):
            if f.default_factory is not MISSING:
                raise TypeError(f'field {name} cannot have a default factory')
            f._field_type = _FIELD_CLASSVAR
            f.kw_only = MISSING
            fields_map[name] = f
            continue
        if f.kw_only is MISSING:
            f.kw_only = kw_only_all
        if _is_kind(type_, 'InitVar'):
            f._field_type = _FIELD_INITVAR
            # Passed to __init__ and __post_init__, never stored.
            f._init_var = True
            init_vars.append(f)
            fields_map[name] = f
            continue
        f._field_type = _FIELD
        if isinstance(f.default, (list, dict, set)):
            raise ValueError(f'mutable default {type(f.default)} for field '
                             f'{name} is not allowed: use default_factory')
        fields_map[name] = f
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    all_fields = [f for f in fields_map.values() if f._field_type is _FIELD]
    init_fields = [f for f in fields_map.values()
                   if f.init and f._field_type is not _FIELD_CLASSVAR]
    cls.__dataclass_fields__ = dict(fields_map)
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)

    seen_default = False
    for f in init_fields:
        if f.kw_only:
            continue
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')

    if init and '__init__' not in cls.__dict__:
        cls.__init__ = _make_init(cls, init_fields, frozen)
    if repr and '__repr__' not in cls.__dict__:
        cls.__repr__ = _make_repr(cls, all_fields)
    compare_fields = [f for f in all_fields if f.compare]
    if eq and '__eq__' not in cls.__dict__:
        cls.__eq__ = _make_eq(compare_fields)
    if order:
        for name, op in (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                         ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)):
            setattr(cls, name, _make_order(compare_fields, op))
    if frozen:
        cls.__setattr__, cls.__delattr__ = _frozen_attrs(cls, all_fields)
    if unsafe_hash or (eq and frozen):
        hash_fields = [f for f in all_fields if (f.compare if f.hash is None else f.hash)]
        cls.__hash__ = lambda self: hash(tuple(getattr(self, f.name) for f in hash_fields))
    elif eq and '__hash__' not in cls.__dict__:
        cls.__hash__ = None
    if not getattr(cls, '__doc__'):
        # CPython's: the class's signature as its docstring.
        import inspect
        try:
            text_sig = str(inspect.signature(cls)).replace(' -> None', '')
        except (TypeError, ValueError):
            text_sig = ''
        cls.__doc__ = (cls.__name__ + text_sig)
    cls.__match_args__ = tuple(f.name for f in init_fields if not f.kw_only)
    return cls


def _add_slots(cls, all_fields):
    # A new class with `__slots__`, as CPython makes one.
    d = dict(cls.__dict__)
    d['__slots__'] = tuple(f.name for f in all_fields)
    for f in all_fields:
        d.pop(f.name, None)
    d.pop('__dict__', None)
    d.pop('__weakref__', None)
    qualname = cls.__qualname__
    new = type(cls)(cls.__name__, cls.__bases__, d)
    new.__qualname__ = qualname
    return new


def _make_init(cls, init_fields, frozen):
    positional = [f for f in init_fields if not f.kw_only]
    keyword = [f for f in init_fields if f.kw_only]
    qualname = cls.__qualname__

    most = len(positional) + 1
    least = 1 + sum(1 for f in positional
                    if f.default is MISSING and f.default_factory is MISSING)
    if least == most:
        takes = f"{most} positional argument{'s' if most != 1 else ''}"
    else:
        takes = f'from {least} to {most} positional arguments'

    by_name = {f.name: f for f in init_fields}

    def has_default(f):
        return f.default is not MISSING or f.default_factory is not MISSING

    def missing_error(names, kind):
        if len(names) == 1:
            listed = repr(names[0])
        elif len(names) == 2:
            listed = f'{names[0]!r} and {names[1]!r}'
        else:
            listed = ', '.join(repr(m) for m in names[:-1]) + f', and {names[-1]!r}'
        s = 's' if len(names) != 1 else ''
        return TypeError(f'{qualname}.__init__() missing {len(names)} required '
                         f'{kind} argument{s}: {listed}')

    # The checks run in the order CPython binds a call's arguments
    # (initialize_locals): keywords, then the positional count, then
    # what is missing, so the same call fails with the same message.
    def __init__(self, *args, **kwargs):
        values = {}
        for f, a in zip(positional, args):
            values[f.name] = a
        kwonly_given = 0
        for name, v in kwargs.items():
            f = by_name.get(name)
            if f is None:
                raise TypeError(f"{qualname}.__init__() got an unexpected keyword argument '{name}'")
            if name in values:
                raise TypeError(f"{qualname}.__init__() got multiple values for argument '{name}'")
            values[name] = v
            if f.kw_only:
                kwonly_given += 1
        if len(args) > len(positional):
            given = len(args) + 1
            if kwonly_given:
                ks = 's' if kwonly_given != 1 else ''
                extra = (f" positional argument{'s' if given != 1 else ''}"
                         f' (and {kwonly_given} keyword-only argument{ks})')
            else:
                extra = ''
            was = 'was' if given == 1 and not kwonly_given else 'were'
            raise TypeError(f'{qualname}.__init__() takes {takes} but {given}{extra} {was} given')
        missing = [f.name for f in positional if f.name not in values and not has_default(f)]
        if missing:
            raise missing_error(missing, 'positional')
        missing = [f.name for f in keyword if f.name not in values and not has_default(f)]
        if missing:
            raise missing_error(missing, 'keyword-only')
        for f in init_fields:
            if f.name not in values:
                if f.default is not MISSING:
                    values[f.name] = f.default
                else:
                    values[f.name] = f.default_factory()
        init_vars = []
        for f in init_fields:
            if getattr(f, '_init_var', False):
                init_vars.append(values[f.name])
            elif frozen:
                object.__setattr__(self, f.name, values[f.name])
            else:
                setattr(self, f.name, values[f.name])
        post = getattr(self, '__post_init__', None)
        if post is not None:
            post(*init_vars)
    __init__.__qualname__ = qualname + '.__init__'
    # What CPython's generated `__init__(self, a: int, b: str = 'x')`
    # shows to inspect.signature and in its annotations.
    __init__.__annotations__ = {f.name: f.type for f in init_fields} | {'return': None}
    __init__.__dataclass_init_fields__ = (positional, keyword)
    return __init__


def _make_repr(cls, all_fields):
    shown = [f for f in all_fields if f.repr]
    running = set()

    def __repr__(self):
        inner = ', '.join(f'{f.name}={getattr(self, f.name)!r}' for f in shown)
        return f'{type(self).__qualname__}({inner})'
    __repr__.__qualname__ = '__create_fn__.<locals>.__repr__'

    # CPython's _recursive_repr wrapper: a dataclass reached again while
    # it is being shown is `...`; pprint looks for the `__wrapped__`.
    def wrapper(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            return __repr__(self)
        finally:
            running.discard(key)
    wrapper.__wrapped__ = __repr__
    wrapper.__name__ = '__repr__'
    wrapper.__qualname__ = cls.__qualname__ + '.__repr__'
    return wrapper


def _make_eq(compare_fields):
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return tuple(getattr(self, f.name) for f in compare_fields) == \
                tuple(getattr(other, f.name) for f in compare_fields)
        return NotImplemented
    return __eq__


def _make_order(compare_fields, op):
    def compare(self, other):
        if other.__class__ is self.__class__:
            return op(tuple(getattr(self, f.name) for f in compare_fields),
                      tuple(getattr(other, f.name) for f in compare_fields))
        return NotImplemented
    return compare


def _frozen_attrs(cls, all_fields):
    # As CPython's: on the class itself no attribute can be set or deleted
    # (and the message calls it a field); a subclass may add its own.
    names = tuple(f.name for f in all_fields)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)
    __setattr__.__qualname__ = cls.__qualname__ + '.__setattr__'
    __delattr__.__qualname__ = cls.__qualname__ + '.__delattr__'
    return __setattr__, __delattr__


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False):
    def wrap(cls):
        cls = _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only)
        if slots:
            cls = _add_slots(cls, list(fields(cls)))
        return cls
    if cls is None:
        return wrap
    return wrap(cls)
