# functools.wraps copies annotations and the wrapped function's attributes.
import functools
def deco(f):
    @functools.wraps(f)
    def w(*a, **k):
        w.calls += 1
        return f(*a, **k)
    w.calls = 0
    return w
@deco
def add(a: int, b: int) -> int:
    "Add."
    return a + b
add.tag = 'x'
print(add(1, 2), add.calls, add.__name__, add.__doc__, add.__annotations__, add.__wrapped__.__name__)
@deco
@deco
def h(): pass
h(); print(h.calls, h.__wrapped__.calls)
class C:
    @functools.cached_property
    def v(self): print('compute'); return 5
c = C(); print(c.v, c.v, c.__dict__)
def marked(f):
    f.marked = True
    return f
@deco
@marked
def m(): pass
print(m.marked)
print(functools.WRAPPER_ASSIGNMENTS)
