import asyncio


async def process_batch(batch_no, items):
    await asyncio.sleep(0.1 * len(items))
    return sum(items)


async def main():
    data = list(range(1, 23))
    batches = [data[i:i + 5] for i in range(0, len(data), 5)]
    loop = asyncio.get_running_loop()
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(process_batch(n, b)) for n, b in enumerate(batches)]
    for n, t in enumerate(tasks):
        print(f"batch {n}: {batches[n]} -> {t.result()}")
    print(f"grand total {sum(t.result() for t in tasks)} in {loop.time():.1f}s")


asyncio.run(main())
