import io
import contextlib
from functools import singledispatch, cached_property, total_ordering, lru_cache

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print('captured')
print(repr(buf.getvalue()))

@singledispatch
def show(x):
    return f'obj {x}'
@show.register
def _(x: int):
    return f'int {x}'
@show.register(list)
def _(x):
    return f'list {len(x)}'
print(show(1), show([1, 2]), show('s'))

class C:
    @cached_property
    def val(self):
        print('computing')
        return 42
c = C(); print(c.val, c.val)

@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2))

@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(80), fib.cache_info())

with contextlib.ExitStack() as stack:
    stack.callback(print, 'exit 1')
    stack.callback(print, 'exit 2')
    print('body')
with contextlib.suppress(KeyError):
    {}['x']
with contextlib.nullcontext(5) as v:
    print(v)
s = io.StringIO('line1\nline2\n')
print(s.readline(), s.read())
