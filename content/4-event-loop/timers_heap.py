import asyncio


def fire(label):
    loop = asyncio.get_running_loop()
    print(f"t={loop.time():.2f}  {label}")


async def main():
    loop = asyncio.get_running_loop()
    # Scheduled out of order; the timer heap hands them back by deadline.
    for delay in [0.7, 0.1, 0.4, 0.25, 0.55]:
        loop.call_later(delay, fire, f"call_later({delay})")
    handle = loop.call_later(0.3, fire, "never printed")
    handle.cancel()  # a cancelled timer stays in the heap but is skipped
    print("scheduled 6 timers, cancelled one")
    await asyncio.sleep(1)


asyncio.run(main())
