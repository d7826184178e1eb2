import asyncio

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)


async def main():
    loop = asyncio.get_running_loop()
    print("inside: running =", loop.is_running(), "closed =", loop.is_closed())
    return loop


loop = asyncio.run(main())
print("after run: running =", loop.is_running(), "closed =", loop.is_closed())
