import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} broke")
    return name


async def main():
    tasks = [
        asyncio.create_task(job("ok1", 0.1), name="ok1"),
        asyncio.create_task(job("bad", 0.2, fail=True), name="bad"),
        asyncio.create_task(job("ok2", 0.5), name="ok2"),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(f"returned at {asyncio.get_running_loop().time():.1f}")
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), "->", repr(t.exception()) if t.exception() else t.result())
    print("pending:", sorted(t.get_name() for t in pending))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print("pending ones cancelled:", [t.cancelled() for t in pending])


asyncio.run(main())
