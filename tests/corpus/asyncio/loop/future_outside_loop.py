# asyncio.Future() outside a running loop binds to the policy's loop
# (made on first use); once asyncio.run has cleared it, there is none.
import asyncio

fut = asyncio.Future()
loop = asyncio.get_event_loop()
print(fut.get_loop() is loop, loop.is_running())
loop.call_later(1, fut.set_result, "filled by the policy loop")
print(loop.run_until_complete(fut), loop.time())


async def main():
    inner = asyncio.Future()
    print(inner.get_loop() is asyncio.get_running_loop())


asyncio.run(main())
for make in (asyncio.Future, asyncio.get_event_loop):
    try:
        make()
    except RuntimeError as e:
        print(f"{make.__name__}: RuntimeError: {e}")
