import asyncio


async def heartbeat(interval: float, stop: asyncio.Event) -> int:
    loop = asyncio.get_running_loop()
    beats = 0
    while not stop.is_set():
        beats += 1
        print(f"[{loop.time():4.1f}] heartbeat #{beats}")
        try:
            await asyncio.wait_for(stop.wait(), timeout=interval)
        except asyncio.TimeoutError:
            pass
    print(f"[{loop.time():4.1f}] heartbeat stopped")
    return beats


async def main() -> None:
    stop = asyncio.Event()
    task = asyncio.create_task(heartbeat(0.75, stop))
    await asyncio.sleep(3.2)
    stop.set()
    beats = await task
    print(f"total beats: {beats}")


asyncio.run(main())
