# memoryview, one-dimensional and read-only: a view of a copy of the
# object's bytes, unpacked by its format. Writing through it would have to
# reach the original object, which coroscope's bytes-likes do not allow, so
# item assignment is refused rather than silently lost.

import struct as _struct

_SIZES = {'b': 1, 'B': 1, 'c': 1, '?': 1, 'h': 2, 'H': 2, 'e': 2, 'i': 4,
          'I': 4, 'f': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'n': 8, 'N': 8,
          'd': 8}
# struct's standard sizes, for '<' formats of the native ones above.
_STANDARD = {'l': 'q', 'L': 'Q', 'n': 'q', 'N': 'Q'}


class memoryview:
    __module__ = 'builtins'

    def __init__(self, object):
        name = type(object).__name__
        if isinstance(object, memoryview):
            object._check_released()
            self._data, self._format = object._data, object._format
            self._readonly = object._readonly
        elif isinstance(object, bytes):
            self._data, self._format, self._readonly = bytes(object), 'B', True
        elif name == 'bytearray':
            self._data, self._format, self._readonly = bytes(object), 'B', False
        elif name == 'array' and type(object).__module__ == 'array':
            if object.typecode == 'u':
                raise NotImplementedError("coroscope's memoryview does not support format 'w'")
            self._data, self._format = object.tobytes(), object.typecode
            self._readonly = False
        else:
            raise TypeError(f"memoryview: a bytes-like object is required, not '{name}'")
        self._released = False

    def _check_released(self):
        if self._released:
            raise ValueError('operation forbidden on released memoryview object')

    @property
    def format(self):
        return self._format

    @property
    def itemsize(self):
        return _SIZES[self._format]

    @property
    def nbytes(self):
        return len(self._data)

    @property
    def readonly(self):
        return self._readonly

    @property
    def ndim(self):
        return 1

    @property
    def shape(self):
        return (len(self),)

    def _items(self):
        self._check_released()
        code = _STANDARD.get(self._format, self._format)
        return list(_struct.unpack(f'<{len(self)}{code}', self._data))

    def cast(self, format, shape=None):
        self._check_released()
        if format not in _SIZES:
            raise ValueError("memoryview: destination format must be a native single character format prefixed with an optional '@'")
        byte_formats = ('B', 'b', 'c')
        if self._format not in byte_formats and format not in byte_formats:
            raise TypeError('memoryview: cannot cast between two non-byte formats')
        if len(self._data) % _SIZES[format]:
            raise TypeError('memoryview: length is not a multiple of itemsize')
        if shape is not None:
            raise NotImplementedError("coroscope's memoryview is one-dimensional")
        view = memoryview(self)
        view._format = format
        return view

    def __len__(self):
        self._check_released()
        return len(self._data) // self.itemsize

    def __getitem__(self, index):
        items = self._items()
        if isinstance(index, slice):
            size = self.itemsize
            start, stop, step = index.indices(len(items))
            if step != 1:
                raise NotImplementedError("coroscope's memoryview slices only with step 1")
            view = memoryview(self)
            view._data = self._data[start * size:max(start, stop) * size]
            return view
        try:
            return items[index]
        except IndexError:
            raise IndexError('index out of bounds on dimension 1') from None

    def __setitem__(self, index, value):
        if self._readonly:
            raise TypeError('cannot modify read-only memory')
        raise NotImplementedError("coroscope's memoryview is read-only: writing through it is not supported")

    def __iter__(self):
        return iter(self._items())

    def __eq__(self, other):
        if isinstance(other, memoryview):
            return self._items() == other._items()
        if isinstance(other, bytes) or type(other).__name__ in ('bytearray', 'array'):
            return self._items() == memoryview(other)._items()
        return NotImplemented

    def __hash__(self):
        if not self._readonly:
            raise ValueError('cannot hash writable memoryview object')
        return hash(self._data)

    def __bytes__(self):
        return self.tobytes()

    def tobytes(self, order='C'):
        self._check_released()
        return self._data

    def tolist(self):
        return self._items()

    def hex(self, *args):
        self._check_released()
        return self._data.hex(*args)

    def toreadonly(self):
        view = memoryview(self)
        view._readonly = True
        return view

    def release(self):
        self._released = True

    def __enter__(self):
        self._check_released()
        return self

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        if self._released:
            return f'<released memory at {id(self):#x}>'
        return f'<memory at {id(self):#x}>'
