import asyncio

async def risky(n):
    await asyncio.sleep(n * 0.1)
    if n % 2:
        raise ValueError(f"odd {n}")
    return n

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(4):
                tg.create_task(risky(i))
    except* ValueError as eg:
        print("value errors:", [str(e) for e in eg.exceptions])
    try:
        await asyncio.wait_for(risky(10), timeout=0.5)
    except TimeoutError:
        print("timed out")
    tasks = [asyncio.create_task(risky(i)) for i in range(4)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(t.get_name() for t in done), len(pending))
    for t in done:
        if t.exception():
            print("exc", t.exception())
    await asyncio.gather(*pending, return_exceptions=True)
    await risky(3)

asyncio.run(main())
