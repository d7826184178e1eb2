# A future's `_state`, the loop's call_soon_threadsafe (call_soon on one
# thread) and its slow_callback_duration default.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print(loop.slow_callback_duration)
    fut = loop.create_future()
    print(fut._state, fut.done())
    fut.set_result(None)
    print(fut._state)
    t = asyncio.create_task(asyncio.sleep(0))
    print(t._state)
    await t
    print(t._state)
    c = loop.create_future()
    c.cancel()
    print(c._state)
    h = loop.call_soon_threadsafe(print, "threadsafe call ran")
    print(type(h).__name__)
    await asyncio.sleep(0)


asyncio.run(main())
