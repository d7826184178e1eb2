import asyncio, random
from collections import deque

class Philosopher:
    def __init__(self, name, left, right):
        self.name, self.left, self.right = name, left, right
        self.meals = 0
    async def dine(self, rounds):
        for _ in range(rounds):
            first, second = sorted([self.left, self.right], key=id)
            async with first:
                async with second:
                    self.meals += 1
                    await asyncio.sleep(0.1)
            await asyncio.sleep(0.05)

async def main():
    forks = [asyncio.Lock() for _ in range(5)]
    ps = [Philosopher(f"P{i}", forks[i], forks[(i + 1) % 5]) for i in range(5)]
    await asyncio.gather(*(p.dine(3) for p in ps))
    print({p.name: p.meals for p in ps}, round(asyncio.get_running_loop().time(), 2))
    sem = asyncio.BoundedSemaphore(2)
    active = deque()
    async def limited(i):
        async with sem:
            active.append(i)
            print(f"{i} running with {list(active)}")
            await asyncio.sleep(0.1 * (i % 3 + 1))
            active.remove(i)
    await asyncio.gather(*(limited(i) for i in range(5)))
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)
    barrier = asyncio.Barrier(3)
    async def b(i):
        await asyncio.sleep(i * 0.1)
        pos = await barrier.wait()
        print(f"{i} through at {asyncio.get_running_loop().time():.1f}")
    await asyncio.gather(*(b(i) for i in range(3)))

asyncio.run(main())
