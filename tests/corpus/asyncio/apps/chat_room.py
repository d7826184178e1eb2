import asyncio
import random

random.seed(42)


async def user(name, room, messages, pauses):
    for text in messages:
        await asyncio.sleep(random.choice(pauses))
        await room.put((name, text))
    await room.put((name, None))


async def moderator(room, n_users):
    loop = asyncio.get_running_loop()
    left = 0
    while left < n_users:
        name, text = await room.get()
        if text is None:
            left += 1
            print(f"[{loop.time():.2f}] * {name} left")
        else:
            print(f"[{loop.time():.2f}] {name}: {text}")


async def main():
    room = asyncio.Queue()
    await asyncio.gather(
        user("ann", room, ["hi all", "how are you?"], [0.12, 0.22, 0.32]),
        user("bob", room, ["hey", "fine", "bye"], [0.1, 0.2, 0.3]),
        moderator(room, 2),
    )


asyncio.run(main())
