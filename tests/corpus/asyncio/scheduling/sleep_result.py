import asyncio


async def main():
    value = await asyncio.sleep(0.5, result="payload")
    print("sleep returned", value)
    nothing = await asyncio.sleep(0)
    print("sleep(0) returned", nothing)
    print(f"{asyncio.get_running_loop().time():.2f}")


asyncio.run(main())
