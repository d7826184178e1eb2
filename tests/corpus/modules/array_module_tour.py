# The array module: typed items (range checks, float32 rounding), bytes
# in and out, the sequence methods and their errors; a class's __bytes__
# through bytes().
from array import array
import array as array_mod
import reprlib, copy, math

a = array('d', [1, 2.5, 3])
print(a, len(a), a[0], a[-1], a[1:], type(a[1:]).__name__, type(a), a.typecode, a.itemsize)
print(reprlib.repr(array('d', range(10))), reprlib.repr(array('i')), str(array('i', [1, 2])), array('u', 'hé'))
a.append(4); a.extend([5, 6]); a.insert(0, -1)
print(a, a.pop(), a.pop(0), a.index(2.5), a.count(3.0), 3 in a, a.tolist())
a.reverse(); print(a); a.remove(3.0); print(a)
b = array('h', [1, 2, 3])
print(b.tobytes(), bytes(b), array('h', b.tobytes()), b == array('h', [1, 2, 3]), b == array('i', [1, 2, 3]), b == [1, 2, 3])
print(b + array('h', [4]), b * 2, 2 * b, array('f', [0.1, 1/3]), array('b', b'ab'), array('B', range(5)))
b[0] = 10; b[1:2] = array('h', [7, 8]); del b[-1]; print(b)
c = copy.copy(b); c.append(99); print(b, c, sum(b), max(b), sorted(b), list(reversed(b)))
print(b < array('h', [10, 8]), array('i', [1]) < array('i', [1, 0]))
f = array('f', [1.1])
print(f[0], f.tobytes(), array('d', [math.pi]).tobytes())
g = array('d'); g.frombytes(array('d', [1.5, 2.5]).tobytes()); print(g)
q = array('q', [-1, 2 ** 62]); print(q, q.tobytes()[:8])
u = array('I', [1, 2]); u.byteswap(); print(u)
print(array_mod.typecodes, array_mod.ArrayType is array)
for bad in [lambda: array('x'), lambda: array('i', [1.5]), lambda: array('d', ['a']), lambda: array('i', [1]) + [1],
            lambda: array('i', [1]) + array('d', [1]), lambda: array('u', [1]), lambda: array('b', 'ab'),
            lambda: array('i', [1]).index(5), lambda: array('i', [1]).remove(5), lambda: array('i').pop(),
            lambda: array('i', [1])[5], lambda: array('i', [1]).frombytes(b'abc'), lambda: array('b', [300]),
            lambda: array('B', [-1]), lambda: array('H', [70000]), lambda: array('I', [-1]), lambda: array('q', [2 ** 70])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)


class Vector2d:
    typecode = 'd'

    def __init__(self, x, y):
        self.x = float(x)
        self.y = float(y)

    def __iter__(self):
        return (i for i in (self.x, self.y))

    def __repr__(self):
        class_name = type(self).__name__
        return '{}({!r}, {!r})'.format(class_name, *self)

    def __str__(self):
        return str(tuple(self))

    def __bytes__(self):
        return (bytes([ord(self.typecode)]) + bytes(array(self.typecode, self)))

    def __eq__(self, other):
        return tuple(self) == tuple(other)


v1 = Vector2d(3, 4)
octets = bytes(v1)
print(octets, len(octets))
print(array('d', octets[1:]).tolist() if False else array(chr(octets[0]), octets[1:]))
