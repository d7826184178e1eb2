# A closed loop refuses new tasks and callbacks ("Event loop is closed");
# the refused coroutine dies unawaited, and the warning says so.
import asyncio


async def job():
    return 1


loop = asyncio.new_event_loop()
print(loop.run_until_complete(job()))
loop.close()
for label, call in [("create_task", lambda: loop.create_task(job())),
                    ("call_soon", lambda: loop.call_soon(print, "x")),
                    ("call_later", lambda: loop.call_later(1, print, "x")),
                    ("run_until_complete", lambda: loop.run_until_complete(asyncio.sleep(0)))]:
    try:
        call()
    except RuntimeError as e:
        print(f"{label}: RuntimeError: {e}")
print("create_future still works:", type(loop.create_future()).__name__)
