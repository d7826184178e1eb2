import asyncio


async def waiter(name: str, event: asyncio.Event) -> None:
    print(f"{name} waiting for the start signal")
    await event.wait()
    print(f"{name} got the signal, running")


async def starter(event: asyncio.Event, delay: float) -> None:
    await asyncio.sleep(delay)
    print(f"starter: setting event after {delay}s")
    event.set()


async def main() -> None:
    event = asyncio.Event()
    print("event set?", event.is_set())
    await asyncio.gather(
        waiter("runner-1", event),
        waiter("runner-2", event),
        waiter("runner-3", event),
        starter(event, 1.5),
    )
    print("event set?", event.is_set())
    event.clear()
    print("after clear:", event.is_set())
    try:
        await asyncio.wait_for(event.wait(), 0.5)
    except asyncio.TimeoutError:
        print("nobody set it again")


asyncio.run(main())
