import asyncio


async def slow_operation(name: str, seconds: float) -> str:
    try:
        await asyncio.sleep(seconds)
        return f"{name} finished"
    except asyncio.CancelledError:
        print(f"{name} was cancelled after timeout")
        raise


async def main() -> None:
    for name, duration in [("quick", 0.5), ("medium", 1.5), ("slow", 3.0)]:
        try:
            result = await asyncio.wait_for(slow_operation(name, duration), timeout=2.0)
            print("ok:", result)
        except asyncio.TimeoutError:
            print(f"timeout: {name} took longer than 2.0s")

    loop = asyncio.get_running_loop()
    print(f"elapsed: {loop.time():.1f}s")


asyncio.run(main())
