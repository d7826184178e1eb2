import asyncio


async def worker(n):
    me = asyncio.current_task()
    print(f"worker {n} is {me.get_name()}")
    await asyncio.sleep(n / 10)


async def main():
    tasks = [asyncio.create_task(worker(n), name=f"w{n}") for n in range(1, 4)]
    print("tasks alive:", sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.sleep(0.15)
    print("tasks alive:", sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.gather(*tasks)
    print("tasks alive:", sorted(t.get_name() for t in asyncio.all_tasks()))
    print(asyncio.current_task() is asyncio.current_task(), asyncio.current_task() in asyncio.all_tasks())


asyncio.run(main())
print("outside the loop:", asyncio.current_task.__name__)
