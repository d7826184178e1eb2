import asyncio


async def background(name: str, seconds: float) -> None:
    await asyncio.sleep(seconds)


async def monitor() -> None:
    for _ in range(3):
        tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        names = sorted(t.get_name() for t in tasks)
        print(f"t={asyncio.get_running_loop().time():.1f} running: {len(names)} -> {', '.join(names)}")
        await asyncio.sleep(1.0)


async def main() -> None:
    asyncio.current_task().set_name("main")
    for name, secs in [("sync-users", 0.5), ("build-cache", 1.5), ("send-mail", 2.5)]:
        asyncio.create_task(background(name, secs), name=name)
    await asyncio.create_task(monitor(), name="monitor")
    print("main is", asyncio.current_task().get_name())


asyncio.run(main())
