# array: typed arrays of numbers, kept as a list of Python values that have
# been through the item type's C conversion (range checks, float32
# rounding). The buffer protocol is not there: bytes(a) goes through
# __bytes__, and memoryview does not exist.

import struct as _struct

typecodes = 'bBuhHiIlLqQfd'

_SIZES = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
          'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}

_LONG = 'Python int too large to convert to C long'
_ULONG = 'Python int too large to convert to C unsigned long'


def _in_long(v):
    if not -2 ** 63 <= v < 2 ** 63:
        raise OverflowError(_LONG)


def _bounded(v, lo, hi, what):
    if v > hi:
        raise OverflowError(f'{what} is greater than maximum')
    if v < lo:
        raise OverflowError(f'{what} is less than minimum')


def _unsigned_long(v, limit, what):
    if v >= 2 ** 64:
        raise OverflowError(_ULONG)
    if v < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if v >= limit:
        raise OverflowError(f'{what} is greater than maximum')


def _int_item(typecode, x):
    # The checks and messages of arraymodule.c's setitem functions, which
    # go through PyArg_Parse's conversions first.
    if not isinstance(x, int):
        if not hasattr(type(x), '__index__'):
            raise TypeError(f"'{type(x).__name__}' object cannot be interpreted as an integer")
        x = x.__index__()
    v = int(x)
    if typecode == 'b':
        _in_long(v)
        _bounded(v, -2 ** 15, 2 ** 15 - 1, 'signed short integer')
        _bounded(v, -128, 127, 'signed char')
    elif typecode == 'B':
        _in_long(v)
        _bounded(v, 0, 255, 'unsigned byte integer')
    elif typecode == 'h':
        _in_long(v)
        _bounded(v, -2 ** 15, 2 ** 15 - 1, 'signed short integer')
    elif typecode == 'H':
        _in_long(v)
        _bounded(v, -2 ** 31, 2 ** 31 - 1, 'signed integer')
        _bounded(v, 0, 2 ** 16 - 1, 'unsigned short')
    elif typecode == 'i':
        _in_long(v)
        _bounded(v, -2 ** 31, 2 ** 31 - 1, 'signed integer')
    elif typecode == 'I':
        _unsigned_long(v, 2 ** 32, 'unsigned int')
    elif typecode == 'l':
        _in_long(v)
    elif typecode == 'L':
        _unsigned_long(v, 2 ** 64, 'unsigned long')
    elif typecode == 'q':
        if not -2 ** 63 <= v < 2 ** 63:
            raise OverflowError('int too big to convert')
    elif typecode == 'Q':
        if v < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if v >= 2 ** 64:
            raise OverflowError('int too big to convert')
    return v


def _item(typecode, x):
    if typecode in 'fd':
        if not isinstance(x, (int, float)) and not hasattr(type(x), '__float__') \
                and not hasattr(type(x), '__index__'):
            raise TypeError(f'must be real number, not {type(x).__name__}')
        v = float(x)
        if typecode == 'f':
            try:
                v = _struct.unpack('<f', _struct.pack('<f', v))[0]
            except OverflowError:
                v = float('inf') if v > 0 else float('-inf')
        return v
    if typecode == 'u':
        if not isinstance(x, str) or len(x) != 1:
            raise TypeError('array item must be unicode character')
        return x
    return _int_item(typecode, x)


class array:

    def __init__(self, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError(f'array() argument 1 must be a unicode character, not {type(typecode).__name__}')
        if typecode not in _SIZES:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self._typecode = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError(f'cannot use a str to initialize an array with typecode {typecode!r}')
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array) and (initializer.typecode == 'u') != (typecode == 'u'):
            raise TypeError(f'cannot use a unicode array to initialize an array with typecode {typecode!r}')
        else:
            self._items = [_item(typecode, x) for x in initializer]

    @property
    def typecode(self):
        return self._typecode

    @property
    def itemsize(self):
        return _SIZES[self._typecode]

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, x):
        return x in self._items

    def __getitem__(self, index):
        if isinstance(index, slice):
            return array(self._typecode, self._items[index])
        try:
            return self._items[index]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError(f'can only assign array (not "{type(value).__name__}") to array slice')
            if value.typecode != self._typecode:
                raise TypeError('bad argument type for built-in operation')
            self._items[index] = value._items
            return
        try:
            self._items[index] = _item(self._typecode, value)
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, index):
        try:
            del self._items[index]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def _same_kind(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only append array (not "{type(other).__name__}") to array')
        if other.typecode != self._typecode:
            raise TypeError('bad argument type for built-in operation')

    def __add__(self, other):
        self._same_kind(other)
        return array(self._typecode, self._items + other._items)

    def __iadd__(self, other):
        self._same_kind(other)
        self._items += other._items
        return self

    def __mul__(self, n):
        if not isinstance(n, int):
            raise TypeError(f"can't multiply sequence by non-int of type '{type(n).__name__}'")
        return array(self._typecode, self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int):
            raise TypeError(f"can't multiply sequence by non-int of type '{type(n).__name__}'")
        self._items *= n
        return self

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items >= other._items

    __hash__ = None

    def __repr__(self):
        if not self._items:
            return f"array('{self._typecode}')"
        if self._typecode == 'u':
            return f"array('u', {self.tounicode()!r})"
        return f"array('{self._typecode}', {self._items!r})"

    def __copy__(self):
        return array(self._typecode, self)

    def __deepcopy__(self, memo):
        return array(self._typecode, self)

    def __bytes__(self):
        return self.tobytes()

    def append(self, x):
        self._items.append(_item(self._typecode, x))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable.typecode != self._typecode:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(iterable._items)
        else:
            self._items.extend([_item(self._typecode, x) for x in iterable])

    def insert(self, i, x):
        self._items.insert(i, _item(self._typecode, x))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError('pop from empty array')
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, x):
        try:
            self._items.remove(x)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, x, start=0, stop=None):
        n = len(self._items)
        stop = n if stop is None else stop
        try:
            return self._items.index(x, start, stop)
        except ValueError:
            raise ValueError('array.index(x): x not in array') from None

    def count(self, x):
        return self._items.count(x)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError('arg must be list')
        self._items.extend([_item(self._typecode, x) for x in items])

    def tounicode(self):
        if self._typecode != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, s):
        if self._typecode != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._items.extend(s)

    def tobytes(self):
        tc, size = self._typecode, self.itemsize
        if tc in 'fd':
            return _struct.pack(f'<{len(self._items)}{tc}', *self._items)
        if tc == 'u':
            return b''.join(ord(c).to_bytes(4, 'little') for c in self._items)
        signed = tc in 'bhilq'
        return b''.join(v.to_bytes(size, 'little', signed=signed) for v in self._items)

    def frombytes(self, data):
        data = bytes(data)
        tc, size = self._typecode, self.itemsize
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        n = len(data) // size
        if tc in 'fd':
            self._items.extend(_struct.unpack(f'<{n}{tc}', data))
            return
        chunks = [data[k * size:(k + 1) * size] for k in range(n)]
        if tc == 'u':
            self._items.extend(chr(int.from_bytes(c, 'little')) for c in chunks)
            return
        signed = tc in 'bhilq'
        self._items.extend(int.from_bytes(c, 'little', signed=signed) for c in chunks)

    def byteswap(self):
        if self.itemsize == 1:
            return
        swapped = array(self._typecode)
        data = self.tobytes()
        size = self.itemsize
        swapped.frombytes(b''.join(data[k:k + size][::-1] for k in range(0, len(data), size)))
        self._items = swapped._items

    def buffer_info(self):
        return (id(self), len(self._items))


ArrayType = array
