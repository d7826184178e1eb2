import inspect, types

def gen():
    x = yield 1
    print('got', x)
    try:
        yield 2
    except ValueError as e:
        print('caught', e)
        yield 3
    finally:
        print('cleanup')

g = gen()
print(inspect.getgeneratorstate(g), next(g), inspect.getgeneratorstate(g))
print(g.send('hello'))
print(g.throw(ValueError('boom')))
g.close()
print(inspect.getgeneratorstate(g))
print(g.gi_frame, g.gi_running, g.gi_code.co_name)

@types.coroutine
def legacy():
    v = yield 'legacy-yield'
    return v * 2

async def native():
    r = await legacy()
    return r + 1

c = native()
print(type(c).__name__, inspect.iscoroutine(c), inspect.getcoroutinestate(c))
print(c.send(None))
try:
    c.send(20)
except StopIteration as e:
    print('result', e.value)
print(inspect.getcoroutinestate(c))

class Awaitable:
    def __await__(self):
        x = yield 'from __await__'
        return f'awaited {x}'

async def use():
    return await Awaitable()
co = use()
print(co.send(None))
try:
    co.send('ok')
except StopIteration as e:
    print(e.value)

def counter():
    total = 0
    while True:
        n = yield total
        if n is None:
            return total
        total += n
def delegator():
    result = yield from counter()
    print('delegated result', result)
    yield 'done'
d = delegator()
next(d)
print(d.send(5), d.send(7), d.gi_yieldfrom is not None)
print(d.send(None))
print(list(x * x for x in range(5) if x % 2), sum(i for i in range(101)))
gen2 = (i for i in range(3))
print(next(gen2), list(gen2), next(gen2, 'exhausted'))
async def agen():
    for i in range(3):
        yield i
ag = agen()
print(type(ag).__name__, inspect.isasyncgen(ag))
import asyncio
async def main():
    print([x async for x in agen()])
    it = agen()
    print(await it.__anext__(), await anext(it), await it.asend(None))
    try:
        await anext(it)
    except StopAsyncIteration:
        print('agen done')
asyncio.run(main())
async def never():
    pass
never()
print('end')
