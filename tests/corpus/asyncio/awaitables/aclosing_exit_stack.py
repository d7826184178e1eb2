# contextlib.aclosing closes an async generator left early; AsyncExitStack
# unwinds async context managers in reverse.
import asyncio
from contextlib import aclosing, AsyncExitStack, asynccontextmanager, suppress

async def numbers():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print("numbers closed")

@asynccontextmanager
async def resource(name):
    print("open", name)
    try:
        yield name.upper()
    finally:
        print("close", name)

async def main():
    async with aclosing(numbers()) as gen:
        async for n in gen:
            if n == 2:
                break
    async with AsyncExitStack() as stack:
        rs = [await stack.enter_async_context(resource(n)) for n in ("a", "b", "c")]
        stack.push_async_callback(asyncio.sleep, 0)
        print(rs)
    with suppress(asyncio.TimeoutError):
        await asyncio.wait_for(asyncio.sleep(2), 1)
    print("end")

asyncio.run(main())
