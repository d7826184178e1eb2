import asyncio


async def player(name: str, inbox: asyncio.Queue, outbox: asyncio.Queue, max_hits: int) -> None:
    while True:
        ball = await inbox.get()
        if ball is None:
            print(f"{name} leaves the table")
            await outbox.put(None)
            return
        if ball >= max_hits:
            print(f"{name} misses ball #{ball}!")
            await outbox.put(None)
            return
        await asyncio.sleep(0.1)
        print(f"{name:>4} hits ball #{ball + 1}")
        await outbox.put(ball + 1)


async def main() -> None:
    a_inbox: asyncio.Queue = asyncio.Queue()
    b_inbox: asyncio.Queue = asyncio.Queue()
    await a_inbox.put(0)
    await asyncio.gather(
        player("ping", a_inbox, b_inbox, 7),
        player("pong", b_inbox, a_inbox, 7),
    )
    print(f"rally over at t={asyncio.get_running_loop().time():.1f}")


asyncio.run(main())
