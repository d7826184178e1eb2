# A deque holds references: items die when popped, dropped by maxlen,
# cleared, or when the deque itself goes; cycles through a deque are
# collected by gc.collect().
import gc
from collections import deque


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


d = deque(maxlen=2)
d.append(Noisy("a"))
d.append(Noisy("b"))
print("append c")
d.append(Noisy("c"))
print("appendleft d")
d.appendleft(Noisy("d"))
print("pop")
d.pop()
print("clear")
d.clear()
d.extend([Noisy("e"), Noisy("f")])
print("del item")
del d[0]
print("set item")
d[0] = Noisy("g")
print("drop deque")
del d

c = deque([Noisy("cyc")])
c.append(c)
del c
print("collect")
gc.collect()


def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen closed")


q = deque([gen()])
next(q[0])
print("popleft gen")
q.popleft()
print("end")
