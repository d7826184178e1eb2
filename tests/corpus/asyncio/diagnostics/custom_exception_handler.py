import asyncio


def handler(loop, context):
    print("handler:", context["message"], type(context.get("exception")).__name__)


async def fail():
    raise ValueError("task failed")


def cb():
    raise RuntimeError("callback failed")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(cb)
    t = asyncio.create_task(fail())
    await asyncio.sleep(0.1)
    del t
    await asyncio.sleep(0.1)
    print("main done", loop.get_exception_handler() is handler)
    loop.call_exception_handler({"message": "custom"})


asyncio.run(main())
