from collections import deque, Counter, defaultdict, OrderedDict, ChainMap
import heapq

def search(lines, pattern, history=5):
    previous_lines = deque(maxlen=history)
    for line in lines:
        if pattern in line:
            yield line, previous_lines
        previous_lines.append(line)

text = """python is great
java is verbose
python generators rock
rust is fast
python coroutines
go has goroutines""".splitlines()
for line, prevlines in search(text, 'python', 2):
    for pline in prevlines:
        print(pline, end=' | ')
    print(line)
    print('-' * 20)

nums = [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums))
portfolio = [{'name': 'IBM', 'shares': 100, 'price': 91.1}, {'name': 'AAPL', 'shares': 50, 'price': 543.22}, {'name': 'FB', 'shares': 200, 'price': 21.09}]
print(heapq.nsmallest(2, portfolio, key=lambda s: s['price']))

class PriorityQueue:
    def __init__(self):
        self._queue = []
        self._index = 0
    def push(self, item, priority):
        heapq.heappush(self._queue, (-priority, self._index, item))
        self._index += 1
    def pop(self):
        return heapq.heappop(self._queue)[-1]
q = PriorityQueue()
for name, p in [('foo', 1), ('bar', 5), ('spam', 4), ('grok', 1)]:
    q.push(name, p)
print([q.pop() for _ in range(4)])

d = defaultdict(list)
for k, v in [('a', 1), ('a', 2), ('b', 4)]:
    d[k].append(v)
print(d)
od = OrderedDict(); od['foo'] = 1; od['bar'] = 2; od.move_to_end('foo')
print(od, list(od))
words = ['look', 'into', 'my', 'eyes', 'look', 'into', 'my', 'eyes', 'the', 'eyes']
wc = Counter(words)
print(wc.most_common(3), wc['eyes'])
wc.update(['eyes', 'not'])
print(wc)
c = ChainMap({'x': 1}, {'x': 2, 'y': 3})
print(c['x'], c['y'], len(c), dict(c))
prices = {'ACME': 45.23, 'AAPL': 612.78, 'IBM': 205.55}
print(min(zip(prices.values(), prices.keys())), sorted(zip(prices.values(), prices.keys())))

def frange(start, stop, increment):
    x = start
    while x < stop:
        yield x
        x += increment
print(list(frange(0, 1, 0.125)))

class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def __reversed__(self):
        n = 1
        while n <= self.start:
            yield n
            n += 1
print(list(Countdown(5)), list(reversed(Countdown(5))))

from itertools import islice, dropwhile, permutations, zip_longest, chain
def count(n):
    while True:
        yield n
        n += 1
print(list(islice(count(10), 5, 10)))
def flatten(items, ignore_types=(str, bytes)):
    for x in items:
        if hasattr(x, '__iter__') and not isinstance(x, ignore_types):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, 2, [3, 4, [5, 6], 7], 8, 'ab'])))
for idx, val in enumerate(['a', 'b'], 1):
    print(idx, val)
