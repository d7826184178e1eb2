# Subclassing deque, and copy / deepcopy of deques.
import copy
from collections import deque


class History(deque):
    def __init__(self, items=(), size=3):
        super().__init__(items, size)
        self.added = 0

    def append(self, x):
        self.added += 1
        super().append(x)

    def last(self):
        return self[-1]


h = History([1, 2])
for i in range(5):
    h.append(i)
print(h, h.added, h.last(), len(h), h.maxlen, isinstance(h, deque))
print(list(h), h == deque([2, 3, 4]), 3 in h)


class Plain(deque):
    pass


p = Plain("abc")
p.appendleft("z")
print(p, p.popleft(), p.pop(), p, bool(p), bool(Plain()))
print(type(p.copy()).__name__, p.copy(), type(p + deque("q")).__name__)

src = deque([[1], [2]], maxlen=4)
sh = copy.copy(src)
dp = copy.deepcopy(src)
src[0].append("x")
print(src, sh, dp, sh.maxlen, dp.maxlen)
print(sh[0] is src[0], dp[0] is src[0])
