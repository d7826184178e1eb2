import asyncio, contextlib

@contextlib.asynccontextmanager
async def session():
    print("open session")
    yield {"id": 1}
    print("close session")

async def fetch(s, i):
    await asyncio.sleep(0.1 * (3 - i))
    return f"{s['id']}-{i}"

async def main():
    async with session() as s, asyncio.timeout(5):
        async with asyncio.TaskGroup() as tg:
            ts = [tg.create_task(fetch(s, i), name=f"fetch-{i}") for i in range(3)]
        print([t.result() for t in ts], [t.get_name() for t in ts])
    async with contextlib.AsyncExitStack() as stack:
        s2 = await stack.enter_async_context(session())
        stack.push_async_callback(asyncio.sleep, 0)
        print("inside", s2)
    with contextlib.suppress(asyncio.TimeoutError):
        await asyncio.wait_for(asyncio.sleep(1), 0.1)
    print(await asyncio.gather(*[asyncio.to_thread(print, "x")] if False else [asyncio.sleep(0, "ok")]))
    r = contextlib.nullcontext(5)
    with r as v:
        print(v)
    @contextlib.contextmanager
    def cm():
        try:
            yield
        except ZeroDivisionError:
            print("swallowed")
    with cm():
        1 / 0
    print("end")

asyncio.run(main())
