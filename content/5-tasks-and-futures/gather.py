import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    print(f"  {name} finished at t={delay}")
    return name.upper()


async def broken(delay):
    await asyncio.sleep(delay)
    raise ValueError("broken fetch")


async def main():
    results = await asyncio.gather(fetch("a", 3), fetch("b", 1), fetch("c", 2))
    print("results in argument order, not finishing order:", results)

    results = await asyncio.gather(
        fetch("d", 1), broken(2), return_exceptions=True
    )
    print("with return_exceptions=True:", results)

    try:
        await asyncio.gather(fetch("e", 1), broken(0.5))
    except ValueError as err:
        print("without it, the first error is raised:", err)


asyncio.run(main())
