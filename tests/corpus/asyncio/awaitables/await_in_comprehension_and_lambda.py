import asyncio


async def double(x):
    await asyncio.sleep(0.01)
    return x * 2


async def main():
    values = [await double(i) for i in range(3)]
    print(values)
    pairs = {i: await double(i) for i in range(2)}
    print(pairs)
    funcs = [double, double]
    print([await f(10) for f in funcs])
    print(f"t={asyncio.get_running_loop().time():.2f}")


asyncio.run(main())
