from collections import deque
import heapq, time, types

class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.sleeping = []
        self.seq = 0
        self.now = 0.0
    def new_task(self, coro):
        self.ready.append(coro)
    def call_later(self, delay, coro):
        self.seq += 1
        heapq.heappush(self.sleeping, (self.now + delay, self.seq, coro))
    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                deadline, _, coro = heapq.heappop(self.sleeping)
                self.now = deadline
                self.ready.append(coro)
            coro = self.ready.popleft()
            try:
                cmd = coro.send(None)
            except StopIteration as e:
                print(f"[{self.now:.1f}] task finished -> {e.value!r}")
                continue
            if cmd[0] == "sleep":
                self.call_later(cmd[1], coro)
            else:
                self.ready.append(coro)

@types.coroutine
def sleep(seconds):
    yield ("sleep", seconds)

@types.coroutine
def switch():
    yield ("switch",)

class Awaitable:
    def __init__(self, v): self.v = v
    def __await__(self):
        yield ("switch",)
        return self.v * 2

async def worker(name, n, delay):
    total = 0
    for i in range(n):
        print(f"{name} step {i}")
        await sleep(delay)
        total += await Awaitable(i)
    await switch()
    return name, total

sched = Scheduler()
sched.new_task(worker("a", 3, 0.5))
sched.new_task(worker("b", 2, 1.0))
sched.run()

def countdown(n):
    while n > 0:
        received = yield n
        if received:
            n = received
        else:
            n -= 1
c = countdown(5)
print(next(c), c.send(None), c.send(10), next(c))
c.close()
print(c.gi_frame, c.gi_running)
async def f(): return 1
co = f()
print(type(co).__name__, co.cr_running, co.cr_frame is not None)
try:
    co.send(None)
except StopIteration as e:
    print("value", e.value)
print(co.cr_frame)
try:
    co.send(None)
except RuntimeError as e:
    print(e)
