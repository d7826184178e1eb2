import asyncio


async def waiter(name, event):
    print(f"{name} waiting for the event")
    await event.wait()
    print(f"{name} proceeds at {asyncio.get_running_loop().time():.1f}")


async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(f"w{i}", event)) for i in range(3)]
    await asyncio.sleep(1)
    print("setting the event; is_set =", event.is_set())
    event.set()
    print("is_set =", event.is_set())
    await asyncio.gather(*tasks)
    await event.wait()
    print("waiting on a set event returns at once")


asyncio.run(main())
