# contextvars: Context, ContextVar and Token as CPython's. The engine keeps
# the current context; each asyncio Task runs its steps in a copy of the
# context that was current when it was created, so a value set inside one
# task is not seen by another.

import sys as _sys


class _MissingRepr:
    def __repr__(self):
        return '<Token.MISSING>'


# Token.MISSING, which programs print as the old value of a first `set`.
_MISSING = _MissingRepr()


def _addr(obj):
    return f'0x{id(obj):x}'


class Context:
    def __init__(self):
        self._data = {}

    def run(self, callable, /, *args, **kwargs):
        prev = _sys._get_context()
        if prev is self:
            raise RuntimeError(
                f'cannot enter context: {self!r} is already entered')
        _sys._set_context(self)
        try:
            return callable(*args, **kwargs)
        finally:
            _sys._set_context(prev)

    def copy(self):
        new = Context()
        new._data = dict(self._data)
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data[var]

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data.get(var, default)

    def __contains__(self, var):
        return var in self._data

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __repr__(self):
        return f'<_contextvars.Context object at {_addr(self)}>'


class Token:
    MISSING = _MISSING

    def __init__(self, context, var, old_value):
        self._context = context
        self._var = var
        self._old_value = old_value
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at {_addr(self)}>'



class ContextVar:
    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    def get(self, *args):
        ctx = _sys._get_context()
        if self in ctx._data:
            return ctx._data[self]
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _sys._get_context()
        old = ctx._data.get(self, _MISSING)
        ctx._data[self] = value
        return Token(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        ctx = _sys._get_context()
        if token._context is not ctx:
            raise ValueError(f"{token!r} was created in a different Context")
        if token._old_value is _MISSING:
            ctx._data.pop(self, None)
        else:
            ctx._data[self] = token._old_value
        token._used = True

    def __class_getitem__(cls, item):
        return cls

    def __hash__(self):
        return id(self)

    def __eq__(self, other):
        return self is other

    def __repr__(self):
        default = ''
        if self._default is not _MISSING:
            default = f' default={self._default!r}'
        return f'<ContextVar name={self._name!r}{default} at {_addr(self)}>'


def copy_context():
    return _sys._get_context().copy()


if _sys._get_context() is None:
    _sys._set_context(Context())
