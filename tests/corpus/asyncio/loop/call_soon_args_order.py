import asyncio


def greet(name, punctuation="!"):
    print(f"hello {name}{punctuation}")


def chain(n):
    print("chain", n)
    if n < 3:
        asyncio.get_running_loop().call_soon(chain, n + 1)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(greet, "ann")
    loop.call_soon(chain, 1)
    loop.call_soon(greet, "bob")
    for i in range(4):
        print("main iteration", i)
        await asyncio.sleep(0)


asyncio.run(main())
