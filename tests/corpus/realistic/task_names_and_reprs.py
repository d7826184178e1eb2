import asyncio


async def worker(n: int) -> int:
    await asyncio.sleep(n * 0.1)
    return n * 10


async def main() -> None:
    tasks = [asyncio.create_task(worker(i), name=f"worker-{i}") for i in range(1, 4)]
    anon = asyncio.create_task(worker(5))
    anon.set_name("renamed")
    for t in tasks + [anon]:
        print(t.get_name(), t.done())
    print(repr(tasks[0]))
    await asyncio.sleep(0.15)
    print(repr(tasks[0]))
    print(repr(tasks[1]))
    for t in tasks:
        await t
    print(repr(tasks[2]))
    anon.cancel()
    try:
        await anon
    except asyncio.CancelledError:
        pass
    print(repr(anon))
    print("current:", asyncio.current_task().get_name() is not None)


asyncio.run(main())
