import asyncio


class Connection:
    def __init__(self, host: str) -> None:
        self.host = host
        self.open = False

    async def __aenter__(self) -> "Connection":
        await asyncio.sleep(0.1)
        self.open = True
        print(f"connected to {self.host}")
        return self

    async def __aexit__(self, exc_type, exc, tb) -> bool:
        await asyncio.sleep(0.05)
        self.open = False
        reason = exc_type.__name__ if exc_type else "normal exit"
        print(f"closed {self.host} ({reason})")
        return False


async def stream_data(host: str) -> None:
    async with Connection(host) as conn:
        n = 0
        while True:
            await asyncio.sleep(0.3)
            n += 1
            print(f"  {conn.host}: received chunk {n}")


async def main() -> None:
    task = asyncio.create_task(stream_data("db.local"))
    await asyncio.sleep(1.0)
    print("cancelling the stream...")
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("stream task cancelled:", task.cancelled())
    print("done:", task.done())


asyncio.run(main())
