# Tasks that sleep and compute, about a million bytecode steps: the trace
# benchmark for an asyncio program.
import asyncio


async def worker(i):
    total = 0
    for k in range(20):
        await asyncio.sleep((i * 7 + k * 3) % 10 / 10)
        for j in range(30):
            total += j * k
    return total


async def main():
    tasks = [asyncio.create_task(worker(i)) for i in range(150)]
    print(sum([await t for t in tasks]))


asyncio.run(main())
