# struct: packing values into bytes as C structs (CPython's sizes and
# alignment on 64-bit Linux for native '@' formats; IEEE 754 floats).

import math

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
           'iter_unpack', 'Struct', 'error']


class error(Exception):
    __module__ = 'struct'


# code: (standard size, native size, signed) for the integer codes.
_INTS = {'b': (1, 1, True), 'B': (1, 1, False), 'h': (2, 2, True), 'H': (2, 2, False),
         'i': (4, 4, True), 'I': (4, 4, False), 'l': (4, 8, True), 'L': (4, 8, False),
         'q': (8, 8, True), 'Q': (8, 8, False), 'n': (None, 8, True), 'N': (None, 8, False),
         'P': (None, 8, False)}
_FLOATS = {'e': (2, 5, 10), 'f': (4, 8, 23), 'd': (8, 11, 52)}
_NAMED = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort'}


def _parse(fmt):
    if isinstance(fmt, bytes):
        fmt = fmt.decode('ascii')
    if not isinstance(fmt, str):
        raise TypeError(f"Struct() argument 1 must be a str or bytes, not {type(fmt).__name__}")
    order = '@'
    if fmt and fmt[0] in '@=<>!':
        order, fmt = fmt[0], fmt[1:]
    native = order == '@'
    little = order in '<=@'
    items = []
    size = 0
    count = None
    for ch in fmt:
        if ch.isspace():
            continue
        if ch.isdigit():
            count = (count or 0) * 10 + int(ch)
            continue
        n = 1 if count is None else count
        count = None
        if ch in _INTS:
            std, nat, signed = _INTS[ch]
            if std is None and not native:
                raise error('bad char in struct format')
            sz = nat if native else std
        elif ch in _FLOATS:
            sz = _FLOATS[ch][0]
        elif ch in 'xcs?p':
            sz = 1
        else:
            raise error('bad char in struct format')
        if native and sz > 1 and ch not in 'xsp':
            size += -size % sz
        if ch in 'sp':
            items.append((ch, n, size))
            size += n
        elif ch == 'x':
            size += n
        else:
            for _ in range(n):
                items.append((ch, sz, size))
                size += sz
    if count is not None:
        raise error('repeat count given without format specifier')
    return items, size, little, native


def _float_bits(x, ebits, mbits, code):
    bias = (1 << (ebits - 1)) - 1
    sign = 1 if math.copysign(1.0, x) < 0 else 0
    top = (1 << ebits) - 1
    if x != x:
        return (top << mbits) | (1 << (mbits - 1))
    x = abs(x)
    if x == math.inf:
        return (sign << (ebits + mbits)) | (top << mbits)
    if x == 0:
        return sign << (ebits + mbits)
    m, e = math.frexp(x)
    exp = e - 1 + bias
    if exp <= 0:
        mant = round(math.ldexp(x, bias - 1 + mbits))
        exp = 0
    else:
        mant = round(math.ldexp(m * 2 - 1, mbits))
        if mant == 1 << mbits:
            mant = 0
            exp += 1
    if exp >= top:
        raise OverflowError(f'float too large to pack with {code} format')
    return (sign << (ebits + mbits)) | (exp << mbits) | mant


def _float_from_bits(v, ebits, mbits):
    bias = (1 << (ebits - 1)) - 1
    sign = -1.0 if v >> (ebits + mbits) else 1.0
    exp = (v >> mbits) & ((1 << ebits) - 1)
    mant = v & ((1 << mbits) - 1)
    if exp == (1 << ebits) - 1:
        return sign * math.inf if mant == 0 else math.nan
    if exp == 0:
        return sign * math.ldexp(mant, 1 - bias - mbits)
    return sign * math.ldexp(mant + (1 << mbits), exp - bias - mbits)


def _index(v):
    if isinstance(v, int):
        return int(v)
    if hasattr(type(v), '__index__'):
        return v.__index__()
    raise error('required argument is not an integer')


def _pack_int(code, sz, v, native):
    signed = _INTS[code][2]
    v = _index(v)
    lo, hi = (-(1 << (8 * sz - 1)), (1 << (8 * sz - 1)) - 1) if signed else (0, (1 << (8 * sz)) - 1)
    if not lo <= v <= hi:
        if code in _NAMED:
            raise error(f'{_NAMED[code]} format requires {lo} <= number <= {hi}')
        if sz == 4 and (signed or v >= 0):
            raise error(f"'{code}' format requires {lo} <= number <= {hi}")
        raise error('argument out of range')
    return v.to_bytes(sz, 'little', signed=signed) if sz else b''


def _pack(items, size, little, native, args):
    if len(args) != len(items):
        raise error(f'pack expected {len(items)} items for packing (got {len(args)})')
    out = [0] * size
    for (code, sz, off), v in zip(items, args):
        if code in _INTS:
            raw = _pack_int(code, sz, v, native)
        elif code in _FLOATS:
            if not isinstance(v, (int, float)):
                if hasattr(type(v), '__float__'):
                    v = float(v)
                else:
                    raise error('required argument is not a float')
            raw = _float_bits(float(v), _FLOATS[code][1], _FLOATS[code][2], code).to_bytes(sz, 'little')
        elif code == '?':
            raw = b'\x01' if v else b'\x00'
        elif code == 'c':
            if not isinstance(v, bytes) or len(v) != 1:
                raise error('char format requires a bytes object of length 1')
            raw = v
        else:
            if not isinstance(v, bytes):
                raise error(f"argument for '{code}' must be a bytes object")
            if code == 's':
                raw = (v + bytes(sz))[:sz]
            else:
                body = v[:max(sz - 1, 0)][:255]
                raw = (bytes([len(body)]) + body + bytes(sz))[:sz] if sz else b''
            out[off:off + sz] = raw
            continue
        if not little and code not in '?c':
            raw = raw[::-1]
        out[off:off + sz] = raw
    return bytes(out)


def _unpack(items, size, little, data):
    out = []
    for code, sz, off in items:
        raw = data[off:off + sz]
        if code in 'sp':
            out.append(raw if code == 's' else raw[1:1 + min(raw[0], sz - 1)] if sz else b'')
            continue
        if code == 'c':
            out.append(raw)
            continue
        if code == '?':
            out.append(raw != b'\x00')
            continue
        v = int.from_bytes(raw, 'little' if little else 'big',
                           signed=code in _INTS and _INTS[code][2])
        if code in _FLOATS:
            v = _float_from_bits(v, _FLOATS[code][1], _FLOATS[code][2])
        out.append(v)
    return tuple(out)


def _buffer(data):
    if isinstance(data, bytes):
        return data
    try:
        return bytes(data)
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")


class Struct:
    def __init__(self, format):
        self._items, self.size, self._little, self._native = _parse(format)
        self.format = format if isinstance(format, str) else format.decode('ascii')

    def pack(self, *args):
        return _pack(self._items, self.size, self._little, self._native, args)

    def pack_into(self, buffer, offset, *args):
        data = self.pack(*args)
        if offset < 0:
            offset += len(buffer)
        if offset < 0 or offset + len(data) > len(buffer):
            raise error(f'pack_into requires a buffer of at least {len(data) + offset} '
                        f'bytes for packing {len(data)} bytes at offset {offset} '
                        f'(actual buffer size is {len(buffer)})')
        buffer[offset:offset + len(data)] = data

    def unpack(self, buffer):
        data = _buffer(buffer)
        if len(data) != self.size:
            raise error(f'unpack requires a buffer of {self.size} bytes')
        return _unpack(self._items, self.size, self._little, data)

    def unpack_from(self, buffer, offset=0):
        data = _buffer(buffer)
        if offset < 0:
            offset += len(data)
        if len(data) - offset < self.size:
            raise error(f'unpack_from requires a buffer of at least {self.size + offset} '
                        f'bytes for unpacking {self.size} bytes at offset {offset} '
                        f'(actual buffer size is {len(data)})')
        return _unpack(self._items, self.size, self._little, data[offset:offset + self.size])

    def iter_unpack(self, buffer):
        data = _buffer(buffer)
        if self.size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        if len(data) % self.size:
            raise error(f'iterative unpacking requires a buffer of a multiple of {self.size} bytes')
        for i in range(0, len(data), self.size):
            yield _unpack(self._items, self.size, self._little, data[i:i + self.size])

    def __repr__(self):
        return f'Struct({self.format!r})'


_cache = {}


def _struct(fmt):
    s = _cache.get(fmt)
    if s is None:
        s = _cache[fmt] = Struct(fmt)
    return s


def calcsize(format):
    return _struct(format).size


def pack(format, *args):
    return _struct(format).pack(*args)


def pack_into(format, buffer, offset, *args):
    return _struct(format).pack_into(buffer, offset, *args)


def unpack(format, buffer):
    return _struct(format).unpack(buffer)


def unpack_from(format, buffer, offset=0):
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    return _struct(format).iter_unpack(buffer)
