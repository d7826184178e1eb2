try:
    class Bad:
        __slots__ = ('x', 'y')
        y = 5
except ValueError as e: print(e)
try:
    class Priv:
        __slots__ = ['__p']
        __p = 1
except ValueError as e: print(e)
try:
    class One:
        __slots__ = 'z'
        def z(self): pass
except ValueError as e: print(e)
class Ok:
    __slots__ = ('a', '__dict__')
    b = 2
o = Ok(); o.a = 1; o.c = 3; print(o.a, o.b, o.c)
class Sub(Ok):
    __slots__ = ()
    a = 9
print(Sub.a)
class D:
    __slots__ = {'a': 'doc of a', '__dict__': None}
d = D(); d.a = 1; d.q = 2; print(d.a, d.q)
class Plain:
    __slots__ = ('a',)
try:
    Plain().q = 1
except AttributeError as e: print(e)
