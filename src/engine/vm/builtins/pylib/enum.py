# enum: Enum, IntEnum, StrEnum, Flag, IntFlag and auto. Members are made when the class
# is created (`__init_subclass__`); the VM asks `_cls_iter`, `_cls_len`,
# `_cls_getitem` and `_cls_contains` for what CPython's EnumType (the
# metaclass) does: `list(Color)`, `len(Color)`, `Color['RED']`.


class auto:
    def __init__(self):
        self.value = None

    def __repr__(self):
        return 'auto()'

    # CPython resolves auto() as the class body runs, so `RED | GREEN`
    # there is an int; here the values come when the class is made, so
    # such an expression waits for them.
    def __or__(self, other):
        return _AutoExpr(self, other, lambda a, b: a | b)

    __ror__ = __or__

    def __and__(self, other):
        return _AutoExpr(self, other, lambda a, b: a & b)

    __rand__ = __and__


class _AutoExpr(auto):

    def __init__(self, left, right, op):
        self.left = left
        self.right = right
        self.op = op

    def resolve(self, values):
        def one(x):
            if isinstance(x, _AutoExpr):
                return x.resolve(values)
            if isinstance(x, auto):
                return values[id(x)]
            return x
        return self.op(one(self.left), one(self.right))


def _is_descriptor(value):
    return (callable(value) or isinstance(value, (classmethod, staticmethod, property))
            or hasattr(value, '__get__'))


def _member_init(cls):
    # The `__init__` each new member is called with (its value's items as
    # arguments, as Planet(mass, radius)), unless that is a builtin's.
    for base in cls.__mro__:
        if '__init__' in base.__dict__:
            if base in (object, int, str, float, tuple, bytes):
                return None
            return base.__dict__['__init__']
    return None


def _member_type(cls):
    # The data type mixed in (int for IntEnum), or object.
    return next((b for b in cls.__mro__[1:]
                 if not issubclass(b, Enum) and b is not object
                 and '__new__' in b.__dict__), object)


class EnumType(type):
    # The metaclass, for its repr; the class-level protocols (len, iter,
    # `Color['RED']`, `in`) are the `_cls_*` hooks below.

    def __setattr__(cls, name, value):
        if name in getattr(cls, '_member_map_', ()):
            raise AttributeError('cannot reassign member %r' % (name, ))
        super().__setattr__(name, value)

    def __delattr__(cls, attr):
        if attr in getattr(cls, '_member_map_', ()):
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getattr__(cls, name):
        # Only reached when the name is not found: CPython's message is the
        # bare name (`AttributeError: PURPLE`).
        raise AttributeError(name)

    def __dir__(cls):
        interesting = {'__class__', '__contains__', '__doc__', '__getitem__',
                       '__init_subclass__', '__iter__', '__len__', '__members__',
                       '__module__', '__name__', '__qualname__'}
        interesting.update(getattr(cls, '_member_names_', ()))
        if getattr(cls, '_user_new_', None) is not None:
            interesting.add('__new__')
        member_type = _member_type(cls)
        if member_type is object:
            return sorted(interesting)
        return sorted(set(dir(member_type)) | interesting)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return f"<flag {cls.__name__!r}>"
        return f"<enum {cls.__name__!r}>"


EnumMeta = EnumType
Flag = None


class Enum(metaclass=EnumType):

    def __init_subclass__(cls, **kwargs):
        members = {}
        value_map = {}
        aliases = []
        auto_values = {}
        # A `__new__` written in an enum class makes the members (as
        # EnumType keeps it as `__new_member__`); lookups by value still go
        # through Enum's own.
        new = cls.__dict__.get('__new__')
        if new is not None:
            cls._user_new_ = getattr(new, '__func__', new)
        init = _member_init(cls)
        for name, value in list(cls.__dict__.items()):
            if name.startswith('_') or _is_descriptor(value) and not isinstance(value, auto):
                continue
            if isinstance(value, _AutoExpr):
                value = value.resolve(auto_values)
            elif isinstance(value, auto):
                resolved = cls._generate_next_value_(name, 1, len(members),
                                                     [m._value_ for m in members.values()])
                auto_values[id(value)] = resolved
                value = resolved
            args = value if isinstance(value, tuple) else (value,)
            member = None
            if getattr(cls, '_user_new_', None) is not None:
                member = cls._user_new_(cls, *args)
                if hasattr(member, '_value_'):
                    value = member._value_
            if value in value_map:
                # An alias of an earlier member: found by name, never
                # iterated.
                setattr(cls, name, value_map[value])
                aliases.append((name, value_map[value]))
                continue
            if member is None:
                member = cls._new_member_(value)
            member._name_ = name
            member._value_ = value
            if init is not None:
                init(member, *args)
            members[name] = member
            try:
                value_map[value] = member
            except TypeError:
                pass
            setattr(cls, name, member)
        # As EnumType: the enum's repr, str and format win over a mixed-in
        # data type's (`class Status(str, Enum)` prints `Status.OK`), unless
        # a class in between defines its own.
        first_enum = next(b for b in cls.__mro__[1:] if issubclass(b, Enum))
        member_type = _member_type(cls)
        for name in ('__repr__', '__str__', '__format__'):
            if name not in cls.__dict__:
                found = getattr(cls, name)
                if found is getattr(member_type, name) or found is getattr(object, name):
                    setattr(cls, name, getattr(first_enum, name))
        if members or not hasattr(cls, '_member_map_'):
            cls._member_names_ = [n for n in members if cls._is_canonical_(members[n])]
            for name, member in aliases:
                members[name] = member
            cls._member_map_ = members
            cls.__members__ = dict(members)
            cls._value2member_map_ = value_map

    @classmethod
    def _is_canonical_(cls, member):
        return True

    @classmethod
    def _new_member_(cls, value):
        for base in cls.__mro__[1:]:
            if base in (int, str, float):
                args = value if isinstance(value, tuple) else (value,)
                return base.__new__(cls, *args)
        return object.__new__(cls)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        return last_values[-1] + 1

    @classmethod
    def _known_(cls, value):
        # The member for `value` by identity or by the value map, else None.
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            return None

    def __new__(cls, value):
        known = cls._known_(value)
        if known is not None:
            return known
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        # Not found: the `_missing_` hook, checked as CPython checks it.
        try:
            exc = None
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        try:
            if isinstance(result, cls):
                return result
            ve_exc = ValueError(f"{value!r} is not a valid {cls.__qualname__}")
            if result is None and exc is None:
                raise ve_exc
            elif exc is None:
                exc = TypeError(
                    'error in %s._missing_: returned %r instead of None or a valid member'
                    % (cls.__name__, result))
            if not isinstance(exc, ValueError):
                exc.__context__ = ve_exc
            raise exc
        finally:
            exc = None
            ve_exc = None

    @classmethod
    def _missing_(cls, value):
        return None

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    # CPython's enum.property refuses these writes with its own words.
    @name.setter
    def name(self, value):
        raise AttributeError("<enum 'Enum'> cannot set attribute 'name'")

    @name.deleter
    def name(self):
        raise AttributeError("<enum 'Enum'> cannot delete attribute 'name'")

    @value.setter
    def value(self, value):
        raise AttributeError("<enum 'Enum'> cannot set attribute 'value'")

    @value.deleter
    def value(self):
        raise AttributeError("<enum 'Enum'> cannot delete attribute 'value'")

    def __repr__(self):
        return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"

    def __dir__(self):
        # CPython's: the public names of the enum's classes, plus what the
        # mixed-in data type has.
        interesting = set()
        if _member_type(type(self)) is not object:
            interesting = set(object.__dir__(self))
        for name in getattr(self, '__dict__', []):
            if name[0] != '_' and name not in self._member_map_:
                interesting.add(name)
        for cls in type(self).mro():
            for name, obj in cls.__dict__.items():
                if name[0] == '_':
                    continue
                if isinstance(obj, property):
                    if obj.fget is not None or name not in self._member_map_:
                        interesting.add(name)
                    else:
                        interesting.discard(name)
                elif name not in self._member_map_:
                    interesting.add(name)
        return sorted({'__class__', '__doc__', '__eq__', '__hash__', '__module__'}
                      | interesting)

    def __str__(self):
        return f"{type(self).__name__}.{self._name_}"

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __eq__(self, other):
        return self is other

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    # Members are singletons: copies are the member itself.
    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @classmethod
    def _cls_call(cls, value, names=None, *, module=None, qualname=None,
                  type=None, start=1):
        if names is None:
            return Enum.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start)

    @classmethod
    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1):
        # The functional API: `Enum('Animal', 'ANT BEE CAT')`.
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        namespace = {'__module__': module or '__main__'}
        if qualname is not None:
            namespace['__qualname__'] = qualname
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            namespace[member_name] = member_value
        return EnumType(class_name, bases, namespace)

    @classmethod
    def _cls_iter(cls):
        return iter([cls._member_map_[n] for n in cls._member_names_])

    @classmethod
    def _cls_len(cls):
        return len(cls._member_names_)

    @classmethod
    def _cls_getitem(cls, name):
        return cls._member_map_[name]

    @classmethod
    def _cls_contains(cls, member):
        return isinstance(member, cls) and member._name_ in cls._member_map_

    @classmethod
    def _cls_reversed(cls):
        return iter([cls._member_map_[n] for n in reversed(cls._member_names_)])


class IntEnum(int, Enum):

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return format(int(self), spec)

    def __eq__(self, other):
        return int(self) == other

    def __lt__(self, other):
        return int(self) < other

    def __le__(self, other):
        return int(self) <= other

    def __gt__(self, other):
        return int(self) > other

    def __ge__(self, other):
        return int(self) >= other

    def __hash__(self):
        return hash(self._value_)


class StrEnum(str, Enum):

    def __str__(self):
        return self._value_

    def __format__(self, spec):
        return format(self._value_, spec)

    def __eq__(self, other):
        return str(self._value_) == other

    def __hash__(self):
        return hash(self._value_)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def unique(enumeration):
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' %
                         (enumeration, alias_details))
    return enumeration


def _high_bit(value):
    return value.bit_length() - 1


class Flag(Enum):
    # Members are bits; combinations are pseudo-members made on demand and
    # kept, so `Perm(6) is Perm.R | Perm.W`.

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        return 2 ** (_high_bit(max(last_values)) + 1)

    @classmethod
    def _is_canonical_(cls, member):
        v = member._value_
        return isinstance(v, int) and v > 0 and v & (v - 1) == 0

    @classmethod
    def _all_bits_(cls):
        bits = 0
        for m in cls._member_map_.values():
            bits |= m._value_
        return bits

    @classmethod
    def _cls_call(cls, value, names=None, **kwargs):
        if names is None:
            return cls._lookup_(value)
        return cls._create_(value, names, **kwargs)

    @classmethod
    def _lookup_(cls, value):
        known = cls._known_(value)
        if known is not None:
            return known
        if not isinstance(value, int):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        extra = value & ~cls._all_bits_()
        if extra and not issubclass(cls, int):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        names = [n for n in cls._member_names_
                 if cls._member_map_[n]._value_ & value == cls._member_map_[n]._value_]
        pseudo = cls._new_member_(value)
        pseudo._value_ = value
        if names or extra:
            parts = names + ([str(extra)] if extra else [])
            pseudo._name_ = '|'.join(parts)
        else:
            pseudo._name_ = None
        cls._value2member_map_[value] = pseudo
        return pseudo

    def __repr__(self):
        cls = type(self).__name__
        if self._name_ is None:
            return f"<{cls}: {self._value_!r}>"
        return f"<{cls}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        cls = type(self).__name__
        if self._name_ is None:
            return f"{cls}({self._value_!r})"
        return f"{cls}.{self._name_}"

    def _other_value_(self, other):
        if isinstance(other, type(self)):
            return other._value_
        if isinstance(self, int) and isinstance(other, int):
            return int(other)
        return None

    def __or__(self, other):
        v = self._other_value_(other)
        if v is None:
            return NotImplemented
        return type(self)._lookup_(self._value_ | v)

    def __and__(self, other):
        v = self._other_value_(other)
        if v is None:
            return NotImplemented
        return type(self)._lookup_(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value_(other)
        if v is None:
            return NotImplemented
        return type(self)._lookup_(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        cls = type(self)
        return cls._lookup_(cls._all_bits_() & ~self._value_)

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r"
                % (type(other).__qualname__, type(self).__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        cls = type(self)
        for n in cls._member_names_:
            m = cls._member_map_[n]
            if m._value_ & self._value_ == m._value_:
                yield m

    def __len__(self):
        return len(list(self.__iter__()))

    def __bool__(self):
        return bool(self._value_)

    @property
    def name(self):
        return self._name_


class IntFlag(int, Flag):
    # int's operators come first in the MRO: Flag's are put back.
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__
    # Shown and compared as its int, as an IntEnum member is.
    __str__ = IntEnum.__str__
    __format__ = IntEnum.__format__
    __eq__ = IntEnum.__eq__
    __hash__ = IntEnum.__hash__
