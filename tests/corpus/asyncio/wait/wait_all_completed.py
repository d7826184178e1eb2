import asyncio


async def job(n):
    await asyncio.sleep(n / 10)
    if n == 2:
        raise ValueError("two is bad")
    return n


async def main():
    tasks = [asyncio.create_task(job(n)) for n in range(1, 4)]
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending), f"t={asyncio.get_running_loop().time():.1f}")
    for t in tasks:
        if t.exception():
            print("failed:", t.exception())
        else:
            print("result:", t.result())


asyncio.run(main())
