import asyncio


async def fetch_data(source: str, delay: float) -> dict[str, object]:
    await asyncio.sleep(delay)
    return {"source": source, "rows": int(delay * 100)}


async def main() -> None:
    loop = asyncio.get_running_loop()

    async with asyncio.timeout(1):
        data = await fetch_data("cache", 0.25)
    print("got", data)

    try:
        async with asyncio.timeout(1) as cm:
            await fetch_data("database", 5)
    except TimeoutError:
        print(f"database timed out at t={loop.time():.2f}, expired={cm.expired()}")

    deadline = loop.time() + 2
    async with asyncio.timeout_at(deadline) as cm:
        first = await fetch_data("a", 0.5)
        print(f"first done, rescheduling (was {cm.when() - loop.time():.2f}s left)")
        cm.reschedule(loop.time() + 0.2)
        try:
            await fetch_data("b", 1)
        except asyncio.CancelledError:
            print("inner saw cancellation")
            raise
    print("unreachable?")


try:
    asyncio.run(main())
except TimeoutError:
    print("main ended with TimeoutError")
