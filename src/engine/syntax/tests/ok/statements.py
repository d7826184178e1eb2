"""Module docstring."""
from __future__ import annotations
import asyncio
import a.b.c as d, e
from . import x
from .. import y as z
from ...pkg.mod import (a, b as c,)
from .mod import *
from m import a, b
import os.path


@decorator
@decorator.with_args(1, key="v")
def function(a, b: int = 1, *args: str, c, d: float = 2.0, **kwargs) -> None:
    """Docstring."""
    global g
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner


async def coroutine(n):
    await asyncio.sleep(0.1)
    async with lock as l, other:
        pass
    async for item in aiter():
        yield item
    result = await asyncio.gather(*[task(i) for i in range(n)])
    return result


def generator():
    x = yield
    y = yield 1
    z = yield from other()
    yield 1, 2
    yield *a, b
    return x


class Plain:
    pass


class Derived(Base, metaclass=Meta, flag=True):
    attr: int = 0

    def method(self):
        return super().method()

    @property
    def prop(self):
        return self._prop

    @staticmethod
    def static(): ...


if a:
    pass
elif b:
    pass
elif c:
    x = 1
else:
    y = 2

if a: pass
if b: x = 1; y = 2
while True:
    if x:
        break
    else:
        continue
else:
    pass

for i in range(10):
    pass
else:
    pass

for a, b in pairs: pass
for (a, b), c in nested: pass
for [a, *b] in x: pass
for x, in y: pass

with open(f) as fh:
    data = fh.read()
with a, b as (c, d), e as [f, g]:
    pass
with (a as b, c as d):
    pass
with (a, b):
    pass
with (a, b) as c:
    pass
with (open(x)) as f:
    pass
with (
    a as b,
    c as d,
):
    pass

try:
    pass
except ValueError:
    pass
except (TypeError, KeyError) as e:
    raise RuntimeError("x") from e
except:
    raise
else:
    pass
finally:
    pass

try:
    pass
finally:
    cleanup()

try:
    pass
except* ValueError as eg:
    pass
except* (TypeError, KeyError):
    pass

del x
del x, y[0], z.a
del (a, b), [c]
assert x
assert x, "message"
raise
raise E
x = 1; y = 2;
def f(a, /, b, *, c): pass
def f(a=1, /, b=2, *, c, d=3, **e): pass
def f(*, a, b): pass
def f(**kw,): pass
def f(*a,): pass
def f(a, b,): pass
def f(*a: *Ts): pass
lambda: (yield)
class A(): pass
class B(object,): pass
class C(*bases, **kw): pass
print(a, sep='', end='\n', flush=True)
x = (
    1  # comment
    + 2
)
if x:
    # comment

    pass
    # trailing comment
y = [
    1,
    # inside
]
z = 1 + \
    2
def long(
    a,
    b,
):
    pass
