import asyncio

stock: list[str] = []


async def consumer(name: str, cond: asyncio.Condition) -> None:
    async with cond:
        await cond.wait_for(lambda: len(stock) > 0)
        item = stock.pop()
        print(f"{name} bought {item}")


async def restock(cond: asyncio.Condition) -> None:
    for batch in (["apple"], ["pear", "plum"], ["kiwi"]):
        await asyncio.sleep(1)
        async with cond:
            stock.extend(batch)
            print(f"restocked {batch}, notifying {len(batch)}")
            cond.notify(len(batch))


async def main() -> None:
    cond = asyncio.Condition()
    shoppers = [asyncio.create_task(consumer(f"shopper{i}", cond)) for i in range(4)]
    await asyncio.sleep(0)
    await restock(cond)
    await asyncio.gather(*shoppers)
    print("stock left:", stock)


asyncio.run(main())
