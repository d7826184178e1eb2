import asyncio


async def compute(n):
    print(f"  compute({n})")
    return n * n


async def bystander():
    print("bystander runs")


async def main():
    asyncio.create_task(bystander())
    total = 0
    for i in range(3):
        total += await compute(i)
    print("total", total, "(bystander has not run yet)")
    await asyncio.sleep(0)
    print("main resumed")


asyncio.run(main())
