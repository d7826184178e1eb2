# An event loop takes attributes of the program's own (CPython's loops
# are Python objects): a web app hangs its state there, as aiohttp's
# examples do with loop-bound services. Futures and tasks take them too
# (the C Future has a __dict__).
import asyncio


class Registry:
    def __init__(self):
        self.services = {}


async def handler(name: str) -> str:
    loop = asyncio.get_running_loop()
    loop.registry.services[name] = loop.time()
    await asyncio.sleep(0.5)
    return f"{name} registered at {loop.registry.services[name]}"


async def main():
    loop = asyncio.get_running_loop()
    loop.registry = Registry()
    loop.started_at = loop.time()
    print(await asyncio.gather(handler("db"), handler("cache")))
    print(sorted(loop.registry.services), loop.started_at, hasattr(loop, "missing"))
    del loop.started_at
    print(hasattr(loop, "started_at"))
    fut = loop.create_future()
    fut.tag = "x"
    task = asyncio.current_task()
    task.request_id = 42
    print(fut.tag, task.request_id, fut)


asyncio.run(main())
