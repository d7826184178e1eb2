# struct: native and standard sizes, alignment, floats, errors.
import struct
d = struct.pack('<iH', 1, 2)
print(d, struct.unpack('<iH', d), struct.calcsize('<iH'))
print(struct.calcsize('@bhi'), struct.calcsize('@bq'), struct.calcsize('@ci'), struct.calcsize('<bhi'), struct.calcsize('@5sP'), struct.calcsize('@hd'), struct.calcsize('@?l'))
for fmt in ['<d', '>d', '<f', '>f', '<e', '!f']:
    for x in [0.0, -0.0, 1.5, -2.25, 3.141592653589793, 1e-40, 1e-310, float('inf'), -float('inf'), 65504.0, 1/3, 5e-324]:
        try:
            b = struct.pack(fmt, x)
            print(fmt, x, b, struct.unpack(fmt, b))
        except OverflowError as e:
            print(fmt, x, 'overflow', e)
print(struct.pack('>hhl', 1, 2, 3), struct.pack('@bi', 1, 2), struct.pack('=bi', 1, 2), struct.pack('!I', 0xDEADBEEF))
print(struct.pack('5s3sc?', b'hello world', b'ab', b'z', 7), struct.pack('5p', b'ab'), struct.unpack('5p', b'\x02abcd'))
print(struct.unpack('<qQ', struct.pack('<qQ', -2**63, 2**64 - 1)), struct.unpack('>bBhH', b'\xff\xff\xff\xff\xff\xff'))
rec = struct.Struct('<I8sf')
packed = rec.pack(7, b'widget', 2.5)
print(rec.size, rec.format, len(packed), rec.unpack(packed), rec.unpack_from(b'xx' + packed, 2))
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')), struct.unpack_from('<h', b'\x00\x01\x00', 1))
print(struct.pack('3x2h', 1, 2), struct.pack('<2i', 1, 2), struct.unpack('<2i', b'\x01\x00\x00\x00\x02\x00\x00\x00'))
for f, a in [('<h', 70000), ('b', 300), ('B', 300), ('<I', -1), ('<i', 2**31), ('<Q', -1), ('i', 'x'), ('<H', -1), ('@l', 2**63), ('<l', 2**31), ('I', 2**32)]:
    try:
        struct.pack(f, a)
    except struct.error as e:
        print(f, e)
for f, a in [('<2h', (1,)), ('c', (b'ab',)), ('3s', ('abc',)), ('<hz', (1,)), ('<i', (1.5,))]:
    try:
        struct.pack(f, *a)
    except struct.error as e:
        print(f, e)
print(struct.error.__module__, struct.error.__name__, issubclass(struct.error, Exception))
struct.unpack('<ih', b'123')
