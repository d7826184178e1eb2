import asyncio


async def produce(out_q):
    for word in ["alpha", "beta", "gamma"]:
        await asyncio.sleep(0.1)
        print(f"produce {word}")
        await out_q.put(word)
    await out_q.put(None)


async def transform(in_q, out_q):
    while (word := await in_q.get()) is not None:
        await asyncio.sleep(0.15)
        print(f"transform {word}")
        await out_q.put(word.upper())
    await out_q.put(None)


async def consume(in_q):
    collected = []
    while (item := await in_q.get()) is not None:
        print(f"consume {item} at {asyncio.get_running_loop().time():.2f}")
        collected.append(item)
    return collected


async def main():
    q1, q2 = asyncio.Queue(), asyncio.Queue()
    _, _, result = await asyncio.gather(produce(q1), transform(q1, q2), consume(q2))
    print(result)


asyncio.run(main())
