import asyncio
import itertools
import functools
import operator
import string
import textwrap
import json
import math

class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self):
        return len(self._items)
    def __repr__(self):
        return f"Stack({self._items})"
    def __iter__(self):
        return reversed(self._items)

s = Stack()
for c in "abc":
    s.push(c)
print(s, len(s), list(s), dir is not None)

def gen_primes():
    d = {}
    q = 2
    while True:
        if q not in d:
            yield q
            d[q * q] = [q]
        else:
            for p in d[q]:
                d.setdefault(p + q, []).append(p)
            del d[q]
        q += 1

print(list(itertools.islice(gen_primes(), 15)))
print(functools.reduce(operator.mul, range(1, 25)))
print(list(itertools.accumulate([1, 2, 3, 4], operator.mul)), list(itertools.pairwise("abcd")))
print(list(itertools.groupby("aaabbc")) and [(k, len(list(g))) for k, g in itertools.groupby("aaabbc")])
print(string.ascii_lowercase[:5], string.capwords("hello world"))
print(textwrap.fill("The quick brown fox jumps over the lazy dog " * 2, width=30))
print(json.dumps({"a": [1, 2, {"b": None}], "c": True}, indent=2, sort_keys=True))
print(json.loads('{"x": [1, 2.5, "s", null, false]}'))
print(math.pi, math.e, math.inf, -math.inf, math.nan, math.sqrt(2), math.log(100, 10), math.hypot(3, 4))

def coro_averager():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            break
        total += x
        count += 1
        avg = total / count
    return (count, avg)

def delegator(results):
    while True:
        r = yield from coro_averager()
        results.append(r)

results = []
d = delegator(results)
next(d)
for v in [10, 20, 30]:
    print(d.send(v))
d.send(None)
print(results)

class AsyncRange:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        self.i = 0
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(0.1)
        self.i += 1
        return self.i

async def ticker(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0.5)

async def main():
    print([x async for x in AsyncRange(3)])
    async for t in ticker(2):
        print("tick", t)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(1, fut.set_result, "done")
    print(await fut, loop.time())
    ev = asyncio.Event()
    async def waiter(i):
        await ev.wait()
        return i * 2
    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    ev.set()
    print(await asyncio.gather(*tasks))
    r = await asyncio.wait_for(asyncio.sleep(0.1, result="ok"), timeout=1)
    print(r)
    try:
        await asyncio.wait_for(asyncio.sleep(5), timeout=0.5)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, loop.time())
    sem = asyncio.Semaphore(2)
    async def limited(i):
        async with sem:
            await asyncio.sleep(1)
            return (i, loop.time())
    print(await asyncio.gather(*(limited(i) for i in range(5))))

asyncio.run(main())
