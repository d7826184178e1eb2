# A program running its own loop shuts down async generators and the
# default executor before closing it, as asyncio.run does.
import asyncio


async def ticks():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0.1)
    finally:
        print("ticks closed at", asyncio.get_running_loop().time())


async def main():
    async for t in ticks():
        if t == 2:
            break
    return "main done"


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
try:
    print(loop.run_until_complete(main()))
    print(loop.run_until_complete(loop.shutdown_asyncgens()))
    print(loop.run_until_complete(loop.shutdown_default_executor()))
finally:
    loop.close()
print(loop.is_closed())
