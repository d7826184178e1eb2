import heapq
from collections import deque

clock = 0.0
ready = deque()  # generators to run now
sleeping = []  # heap of (wake time, seq, generator)
seq = 0


def spawn(gen):
    ready.append(gen)


def run():
    global clock, seq
    while ready or sleeping:
        if not ready:
            clock, _, gen = heapq.heappop(sleeping)  # jump the clock ahead
            ready.append(gen)
        gen = ready.popleft()
        try:
            delay = next(gen)  # a task yields how long it wants to sleep
        except StopIteration:
            continue
        seq += 1
        heapq.heappush(sleeping, (clock + delay, seq, gen))


def ticker(name, interval, times):
    for i in range(times):
        print(f"t={clock:.1f} {name} tick {i}")
        yield interval


spawn(ticker("fast", 0.3, 4))
spawn(ticker("slow", 0.5, 3))
run()
print(f"t={clock:.1f} nothing left to run")
