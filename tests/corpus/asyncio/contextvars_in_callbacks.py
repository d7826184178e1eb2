# Callbacks run in the context current when they were scheduled (a copy),
# or the one passed as context=: call_soon, call_later, done callbacks,
# create_task. What a callback sets stays in its copy.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="none")


def on_timer(tag):
    print(f"timer {tag}: request_id={request_id.get()}")
    request_id.set("changed by callback")


def on_done(fut):
    print(f"done callback: request_id={request_id.get()} result={fut.result()}")


async def handle(rid):
    request_id.set(rid)
    loop = asyncio.get_running_loop()
    loop.call_soon(on_timer, f"soon-{rid}")
    loop.call_later(0.1, on_timer, f"later-{rid}")
    t = asyncio.create_task(asyncio.sleep(0.2, result=rid))
    t.add_done_callback(on_done)
    await t
    return request_id.get()


async def main():
    print(await asyncio.gather(handle("A"), handle("B")))
    ctx = contextvars.copy_context()
    ctx.run(request_id.set, "from-ctx")
    loop = asyncio.get_running_loop()
    loop.call_soon(on_timer, "explicit", context=ctx)
    t = asyncio.create_task(asyncio.sleep(0, "x"), context=ctx)
    t.add_done_callback(on_done)
    fut = loop.create_future()
    fut.add_done_callback(on_done, context=ctx)
    fut.set_result(1)
    await asyncio.sleep(0.1)
    print("main sees", request_id.get(), "ctx holds", ctx[request_id])


asyncio.run(main())
