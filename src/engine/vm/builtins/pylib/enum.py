# enum: Enum, IntEnum, StrEnum and auto. Members are made when the class
# is created (`__init_subclass__`); the VM asks `_cls_iter`, `_cls_len`,
# `_cls_getitem` and `_cls_contains` for what CPython's EnumType (the
# metaclass) does: `list(Color)`, `len(Color)`, `Color['RED']`.


class auto:
    def __init__(self):
        self.value = None

    def __repr__(self):
        return 'auto()'


def _is_descriptor(value):
    return (callable(value) or isinstance(value, (classmethod, staticmethod, property))
            or hasattr(value, '__get__'))


class Enum:

    def __init_subclass__(cls, **kwargs):
        members = {}
        value_map = {}
        for name, value in list(cls.__dict__.items()):
            if name.startswith('_') or _is_descriptor(value) and not isinstance(value, auto):
                continue
            if isinstance(value, auto):
                value = cls._generate_next_value_(name, 1, len(members),
                                                  [m._value_ for m in members.values()])
            if value in value_map:
                # An alias of an earlier member.
                type.__setattr__(cls, name, value_map[value]) if False else setattr(cls, name, value_map[value])
                continue
            member = cls._new_member_(value)
            member._name_ = name
            member._value_ = value
            members[name] = member
            try:
                value_map[value] = member
            except TypeError:
                pass
            setattr(cls, name, member)
        # EnumType puts Enum's repr on every enum class, ahead of a
        # mixed-in type's own (`int.__repr__`).
        if '__repr__' not in cls.__dict__:
            cls.__repr__ = Enum.__repr__
        if members or not hasattr(cls, '_member_map_'):
            cls._member_map_ = members
            cls._member_names_ = list(members)
            cls._value2member_map_ = value_map

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

    def __new__(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"

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

    @classmethod
    def _cls_call(cls, value):
        return Enum.__new__(cls, value)

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
        return int.__repr__(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

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
    return enumeration
