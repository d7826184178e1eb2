import asyncio


async def compute(name: str, n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
        if i % 3 == 0:
            await asyncio.sleep(0.01)
    print(f"{name}: sum of squares below {n} = {total}")
    return total


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(compute("alpha", 10), name="alpha")
        t2 = tg.create_task(compute("beta", 20), name="beta")
        t3 = tg.create_task(compute("gamma", 5), name="gamma")
    print("all tasks done:", [t.get_name() for t in (t1, t2, t3)])
    print("results:", t1.result(), t2.result(), t3.result())


asyncio.run(main())
