"""A SimPy-style discrete event simulation using plain generators."""
import heapq
import random

random.seed(10)


class Environment:
    def __init__(self):
        self.now = 0.0
        self._queue = []
        self._seq = 0

    def process(self, gen):
        self._schedule(0, gen)

    def _schedule(self, delay, gen):
        self._seq += 1
        heapq.heappush(self._queue, (self.now + delay, self._seq, gen))

    def run(self, until):
        while self._queue and self._queue[0][0] <= until:
            self.now, _, gen = heapq.heappop(self._queue)
            try:
                delay = next(gen)
            except StopIteration:
                continue
            self._schedule(delay, gen)
        self.now = until


def car(env, name, log):
    while True:
        park = round(random.uniform(2, 6), 1)
        log.append(f"{env.now:5.1f} {name} parks for {park}")
        yield park
        drive = round(random.uniform(1, 4), 1)
        log.append(f"{env.now:5.1f} {name} drives for {drive}")
        yield drive


def clock(env, tick, log):
    while True:
        log.append(f"{env.now:5.1f} -- tick --")
        yield tick


env = Environment()
log = []
env.process(clock(env, 5, log))
for name in ("car-A", "car-B"):
    env.process(car(env, name, log))
env.run(until=15)
print("\n".join(log))
print(f"simulation ended at t={env.now}")
