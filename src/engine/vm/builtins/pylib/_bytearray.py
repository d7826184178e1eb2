# The builtin `bytearray`, written in Python and loaded on first use of the
# name: a list of ints behind bytes' methods. The bytes functions written in
# Rust read its `_b` as bytes (`bytes_of`), so `b'' + ba`, `b''.join` and
# `bytes(ba)` take one.


def _byte(v):
    if not isinstance(v, int):
        if hasattr(type(v), '__index__'):
            v = v.__index__()
        else:
            raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    if not 0 <= v < 256:
        raise ValueError('byte must be in range(0, 256)')
    return int(v)


def _ints(source):
    if isinstance(source, (bytes, bytearray)):
        return list(bytes(source))
    if isinstance(source, str):
        raise TypeError("can't concat str to bytearray")
    return [_byte(v) for v in source]


def _plain(v):
    return bytes(v) if isinstance(v, bytearray) else v


class bytearray:
    __slots__ = ('_b',)
    __module__ = 'builtins'

    def __init__(self, source=None, encoding=None, errors=None):
        if isinstance(source, str):
            if encoding is None:
                raise TypeError('string argument without an encoding')
            self._b = list(source.encode(encoding, errors or 'strict'))
            return
        if encoding is not None:
            raise TypeError('encoding without a string argument')
        if source is None:
            self._b = []
        elif isinstance(source, int):
            if source < 0:
                raise ValueError('negative count')
            self._b = [0] * source
        elif isinstance(source, (bytes, bytearray)):
            self._b = list(bytes(source))
        else:
            try:
                items = iter(source)
            except TypeError:
                raise TypeError(f"cannot convert '{type(source).__name__}' object to bytearray")
            self._b = [_byte(v) for v in items]

    @classmethod
    def fromhex(cls, string):
        return cls(bytes.fromhex(string))

    def __repr__(self):
        return f'{type(self).__name__}({bytes(self._b)!r})'

    __str__ = __repr__

    def __len__(self):
        return len(self._b)

    def __iter__(self):
        return iter(self._b)

    def __contains__(self, x):
        if isinstance(x, int):
            return _byte(x) in self._b
        return _plain(x) in bytes(self._b)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return bytearray(self._b[i])
        try:
            return self._b[i]
        except IndexError:
            raise IndexError('bytearray index out of range') from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if isinstance(v, int):
                raise TypeError('can assign only bytes, buffers, or iterables of ints in range(0, 256)')
            self._b[i] = _ints(v)
            return
        try:
            self._b[i] = _byte(v)
        except IndexError:
            raise IndexError('bytearray index out of range') from None

    def __delitem__(self, i):
        try:
            del self._b[i]
        except IndexError:
            raise IndexError('bytearray index out of range') from None

    def __eq__(self, other):
        if isinstance(other, (bytes, bytearray)):
            return bytes(self._b) == bytes(other)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, (bytes, bytearray)):
            return bytes(self._b) != bytes(other)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, (bytes, bytearray)):
            return bytes(self._b) < bytes(other)
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, (bytes, bytearray)):
            return bytes(self._b) <= bytes(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, (bytes, bytearray)):
            return bytes(self._b) > bytes(other)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, (bytes, bytearray)):
            return bytes(self._b) >= bytes(other)
        return NotImplemented

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, (bytes, bytearray)):
            return NotImplemented
        return bytearray(self._b + list(bytes(other)))

    def __radd__(self, other):
        if not isinstance(other, bytes):
            return NotImplemented
        return other + bytes(self._b)

    def __iadd__(self, other):
        if not isinstance(other, (bytes, bytearray)):
            raise TypeError(f"can't concat {type(other).__name__} to bytearray")
        self._b.extend(bytes(other))
        return self

    def __mul__(self, n):
        return bytearray(self._b * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self._b *= n
        return self

    def __mod__(self, args):
        return bytearray(bytes(self._b) % args)

    def append(self, item):
        self._b.append(_byte(item))

    def extend(self, iterable):
        self._b.extend(_ints(iterable))

    def insert(self, index, item):
        self._b.insert(index, _byte(item))

    def pop(self, index=-1):
        if not self._b:
            raise IndexError('pop from empty bytearray')
        try:
            return self._b.pop(index)
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, value):
        try:
            self._b.remove(_byte(value))
        except ValueError:
            raise ValueError('value not found in bytearray') from None

    def reverse(self):
        self._b.reverse()

    def clear(self):
        self._b.clear()

    def copy(self):
        return bytearray(self._b)

    def decode(self, encoding='utf-8', errors='strict'):
        return bytes(self._b).decode(encoding, errors)

    def hex(self, *args):
        return bytes(self._b).hex(*args)

    def __getattr__(self, name):
        # The rest of bytes' methods, giving bytearrays where bytes give bytes.
        if name.startswith('__'):
            raise AttributeError(f"'bytearray' object has no attribute '{name}'")
        try:
            method = getattr(bytes(self._b), name)
        except AttributeError:
            raise AttributeError(f"'bytearray' object has no attribute '{name}'") from None

        def call(*args, **kwargs):
            args = [tuple(_plain(x) for x in a) if isinstance(a, tuple) else _plain(a) for a in args]
            r = method(*args, **kwargs)
            if isinstance(r, bytes):
                return bytearray(r)
            if isinstance(r, (list, tuple)):
                return type(r)(bytearray(x) if isinstance(x, bytes) else x for x in r)
            return r
        return call
