# bytearray: a mutable bytes with bytes' methods, mixing with bytes.
ba = bytearray(b'hello')
ba[0] = 72
ba.append(33)
ba.extend(b'??')
print(ba, len(ba), bytes(ba), type(ba), type(ba).__name__, isinstance(ba, bytearray))
print(bytearray(3), bytearray(), bytearray([65, 66]), bytearray('héllo', 'utf-8'), bytearray.fromhex('41 42'))
buf = bytearray()
for i in range(5):
    buf += bytes([i * 10])
print(buf, buf[1], buf[1:3], buf[-1], list(buf), 20 in buf, b'\x14\x1e' in buf)
buf[1:3] = b'xyz'
del buf[0]
print(buf, buf.pop(), buf, buf.hex(), buf.decode('latin-1'))
b = bytearray(b'The quick fox')
print(b.upper(), b.split(), b.find(b'quick'), b.replace(b'quick', b'slow'), b.startswith(b'The'), b.count(b'o'))
print(b == b'The quick fox', b'The quick fox' == b, b + b'!', b'>' + b, b * 2, b'-'.join([b'a', bytearray(b'b')]))
b.reverse(); print(b); b.clear(); print(b, len(b), bool(b))
print(bytes(bytearray(b'ab')) + bytearray(b'cd'), bytearray(b'ab') < b'b', int.from_bytes(bytearray(b'\x01\x00'), 'little'))
try:
    bytearray(b'a')[0] = 256
except ValueError as e:
    print(e)
try:
    hash(bytearray())
except TypeError as e:
    print(e)
import struct
print(struct.unpack('<h', bytearray(b'\x01\x02')))
m = bytearray(8)
struct.pack_into('<hh', m, 2, 1, -1)
print(m)
print(bytearray(b'a,b').split(b','), bytearray(b'  x ').strip(), bytearray(b'abc').index(b'c'))
