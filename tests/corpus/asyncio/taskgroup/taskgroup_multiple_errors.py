import asyncio


async def fail(kind, delay):
    await asyncio.sleep(delay)
    raise kind(f"{kind.__name__} after {delay}")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError, 0.1))
            tg.create_task(fail(KeyError, 0.1))
            tg.create_task(fail(TypeError, 0.5))
    except* ValueError as eg:
        print("ValueErrors:", [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("KeyErrors:", [str(e) for e in eg.exceptions])
    print(f"t={asyncio.get_running_loop().time():.1f}")


asyncio.run(main())
