import heapq
import types


@types.coroutine
def sleep(delay):
    yield delay


async def blink(name, period, times):
    for i in range(times):
        await sleep(period)
        print(f"t={now:>4.1f} {name} blink {i}")


now = 0.0
queue = []
seq = 0
for coro in (blink("fast", 0.5, 4), blink("slow", 1.5, 2)):
    heapq.heappush(queue, (now, seq, coro))
    seq += 1

while queue:
    now, _, coro = heapq.heappop(queue)
    try:
        delay = coro.send(None)
    except StopIteration:
        continue
    heapq.heappush(queue, (now + delay, seq, coro))
    seq += 1
print("all done at", now)
