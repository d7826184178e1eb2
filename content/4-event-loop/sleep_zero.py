import asyncio


async def polite(name, rounds):
    for i in range(rounds):
        print(f"{name} {i}")
        await asyncio.sleep(0)  # yield to the loop without waiting for time


async def greedy(name, rounds):
    for i in range(rounds):
        print(f"{name} {i}")  # never awaits inside the loop: runs straight through


async def main():
    print("two polite tasks take turns:")
    await asyncio.gather(polite("ping", 3), polite("pong", 3))
    print("a greedy task keeps the loop to itself:")
    await asyncio.gather(greedy("GREEDY", 3), polite("polite", 3))


asyncio.run(main())
