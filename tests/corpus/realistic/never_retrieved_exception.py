import asyncio
import gc


async def send_metrics(batch: list[int]) -> None:
    await asyncio.sleep(0.1)
    if sum(batch) > 10:
        raise OverflowError(f"batch too large: {sum(batch)}")
    print("sent", batch)


async def main() -> None:
    # Fire-and-forget: nobody awaits these tasks.
    t1 = asyncio.create_task(send_metrics([1, 2, 3]))
    t2 = asyncio.create_task(send_metrics([5, 6, 7]))
    await asyncio.sleep(0.5)
    print("main done; both finished:", t1.done() and t2.done())
    del t1, t2
    gc.collect()
    print("collected")


asyncio.run(main())
print("after asyncio.run")
