# base64: Base16, Base32 and Base64 data encodings, with CPython's errors
# (binascii's decoder rules: characters outside the alphabet are skipped,
# a complete pad sequence ends the input).

_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

try:
    _BYTES_LIKE = (bytes, bytearray)
except NameError:
    _BYTES_LIKE = (bytes,)


class Error(ValueError):
    __module__ = 'binascii'


def _bytes_from(s, what='argument'):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, _BYTES_LIKE):
        return bytes(s)
    raise TypeError(f"{what} should be a bytes-like object or ASCII string, "
                    f"not '{type(s).__name__}'")


def _need_bytes(s):
    if not isinstance(s, _BYTES_LIKE):
        raise TypeError(f"a bytes-like object is required, not '{type(s).__name__}'")
    return bytes(s)


def _swap(data, src, dst):
    m = {src[0]: dst[0], src[1]: dst[1]}
    return bytes(m.get(c, c) for c in data)


def b64encode(s, altchars=None):
    s = _need_bytes(s)
    out = []
    n = len(s)
    for i in range(0, n - 2, 3):
        v = (s[i] << 16) | (s[i + 1] << 8) | s[i + 2]
        out += (_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63], _B64[v & 63])
    rest = n % 3
    if rest == 1:
        v = s[-1] << 16
        out += (_B64[v >> 18], _B64[(v >> 12) & 63], 61, 61)
    elif rest == 2:
        v = (s[-2] << 16) | (s[-1] << 8)
        out += (_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63], 61)
    encoded = bytes(out)
    if altchars is not None:
        encoded = _swap(encoded, b'+/', _need_bytes(altchars))
    return encoded


_B64_VALUES = {c: i for i, c in enumerate(_B64)}


def _a2b_base64(s, strict=False):
    out = []
    quad_pos = 0
    left = 0
    pads = 0
    for i, c in enumerate(s):
        if c == 61:
            if strict and quad_pos == 0:
                raise Error('Excess padding not allowed' if out else 'Leading padding not allowed')
            pads += 1
            if quad_pos >= 2 and quad_pos + pads >= 4:
                if strict and i + 1 < len(s):
                    raise Error('Excess data after padding')
                return bytes(out)
            continue
        v = _B64_VALUES.get(c)
        if v is None:
            if strict:
                raise Error('Only base64 data is allowed')
            continue
        if strict and pads:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        if quad_pos == 0:
            left = v
            quad_pos = 1
        elif quad_pos == 1:
            out.append(((left << 2) | (v >> 4)) & 255)
            left = v & 15
            quad_pos = 2
        elif quad_pos == 2:
            out.append(((left << 4) | (v >> 2)) & 255)
            left = v & 3
            quad_pos = 3
        else:
            out.append(((left << 6) | v) & 255)
            quad_pos = 0
    if quad_pos == 1:
        raise Error('Invalid base64-encoded string: number of data characters '
                    f'({len(out) // 3 * 4 + 1}) cannot be 1 more than a multiple of 4')
    if quad_pos:
        raise Error('Incorrect padding')
    return bytes(out)


def b64decode(s, altchars=None, validate=False):
    s = _bytes_from(s)
    if altchars is not None:
        s = _swap(s, _bytes_from(altchars), b'+/')
    return _a2b_base64(s, validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s, b'-_')


def urlsafe_b64decode(s):
    return b64decode(_swap(_bytes_from(s), b'-_', b'+/'))


def encodebytes(s):
    s = _need_bytes(s)
    lines = [b64encode(s[i:i + 57]) + b'\n' for i in range(0, len(s), 57)]
    return b''.join(lines)


def decodebytes(s):
    return _a2b_base64(_need_bytes(s))


def b16encode(s):
    return _need_bytes(s).hex().upper().encode()


def b16decode(s, casefold=False):
    s = _bytes_from(s)
    if casefold:
        s = s.upper()
    if len(s) % 2:
        raise Error('Odd-length string')
    if any(c not in b'0123456789ABCDEF' for c in s):
        raise Error('Non-base16 digit found')
    return bytes.fromhex(s.decode())


def b32encode(s):
    s = _need_bytes(s)
    out = []
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        v = int.from_bytes(chunk + bytes(5 - len(chunk)), 'big')
        chars = [_B32[(v >> (35 - 5 * k)) & 31] for k in range(8)]
        keep = (len(chunk) * 8 + 4) // 5
        out += chars[:keep] + [61] * (8 - keep)
    return bytes(out)


def b32decode(s, casefold=False, map01=None):
    s = _bytes_from(s)
    if len(s) % 8:
        raise Error('Incorrect padding')
    if map01 is not None:
        s = s.replace(b'0', b'O').replace(b'1', b'L' if map01 in (b'L', 'L') else b'I')
    if casefold:
        s = s.upper()
    body = s.rstrip(b'=')
    pad = len(s) - len(body)
    if pad not in (0, 1, 3, 4, 6):
        raise Error('Incorrect padding')
    values = {c: i for i, c in enumerate(_B32)}
    out = b''
    for i in range(0, len(body), 8):
        chunk = body[i:i + 8]
        v = 0
        for c in chunk:
            if c not in values:
                raise Error('Non-base32 digit found')
            v = (v << 5) | values[c]
        v <<= 5 * (8 - len(chunk))
        out += v.to_bytes(5, 'big')[:len(chunk) * 5 // 8]
    return out
