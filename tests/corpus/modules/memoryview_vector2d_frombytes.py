# Fluent Python's Vector2d round trip: bytes() through __bytes__ and an
# array, back through memoryview(...).cast(typecode); memoryview reading.
from array import array


class Vector2d:
    typecode = 'd'

    def __init__(self, x, y):
        self.__x = float(x)
        self.__y = float(y)

    @property
    def x(self):
        return self.__x

    @property
    def y(self):
        return self.__y

    def __iter__(self):
        return (i for i in (self.x, self.y))

    def __repr__(self):
        return '{}({!r}, {!r})'.format(type(self).__name__, *self)

    def __bytes__(self):
        return (bytes([ord(self.typecode)]) + bytes(array(self.typecode, self)))

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    @classmethod
    def frombytes(cls, octets):
        typecode = chr(octets[0])
        memv = memoryview(octets[1:]).cast(typecode)
        return cls(*memv)


v1 = Vector2d(3, 4)
octets = bytes(v1)
print(octets)
v1_clone = Vector2d.frombytes(octets)
print(v1_clone, v1_clone == v1)
m = memoryview(b'abcdef')
print(len(m), m[0], m[1:3].tobytes(), m.tolist(), bytes(m[::1]), m.format, m.itemsize, m.nbytes, m.readonly, m == b'abcdef', type(m))
numbers = array('h', [-2, -1, 0, 1, 2])
memv = memoryview(numbers)
print(len(memv), memv[0], memv.format, memv.itemsize, memv.tolist())
memv_oct = memv.cast('B')
print(memv_oct.tolist(), len(memv_oct))
with memoryview(b'xy') as mm:
    print(mm.hex(), hash(mm) == hash(b'xy'))
try:
    mm[0]
except ValueError as e:
    print(e)
try:
    memoryview('str')
except TypeError as e:
    print(e)
try:
    memoryview(b'ab')[0] = 1
except TypeError as e:
    print(e)
try:
    memv.cast('d')
except TypeError as e:
    print(e)
print(array('d', memoryview(array('d', [1.5, 2.5]).tobytes()).cast('d')))
