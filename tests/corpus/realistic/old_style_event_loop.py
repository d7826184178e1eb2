import asyncio


async def countdown(label: str, n: int, delay: float) -> str:
    while n > 0:
        print(f"{label}: {n}")
        await asyncio.sleep(delay)
        n -= 1
    print(f"{label}: liftoff!")
    return label


def main() -> None:
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        tasks = [
            loop.create_task(countdown("rocket-A", 3, 1.0)),
            loop.create_task(countdown("rocket-B", 2, 1.3)),
        ]
        results = loop.run_until_complete(asyncio.gather(*tasks))
        print("launched:", results)
        print(f"loop time: {loop.time():.1f}")
        print("running?", loop.is_running(), "closed?", loop.is_closed())
    finally:
        loop.close()
    print("closed?", loop.is_closed())


if __name__ == "__main__":
    main()
