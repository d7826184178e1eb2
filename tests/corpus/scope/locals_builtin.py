# locals() and vars() in functions, closures, generators, coroutines and class bodies.
def outer():
    x = 'enclosed'
    def inner(p):
        q = p * 2
        print(sorted(locals().items()), x)
    inner(3)
    ls = locals()
    ls['x'] = 'changed?'
    print(x, sorted(ls))
outer()
def gen():
    a = 1
    yield sorted(locals())
    b = 2
    yield sorted(locals())
print(list(gen()))
async def co():
    t = 5
    return locals()
import asyncio
print(asyncio.run(co()))
lam = lambda n: locals()
print(lam(4))
def shadow(**kw):
    print(locals())
shadow(k=1)
class C:
    a = 1
    def m(self): return locals()
    print(sorted(vars()))
print(C().m().keys())
