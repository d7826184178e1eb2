import asyncio
from functools import partial


def report(label: str, task: asyncio.Task) -> None:
    if task.cancelled():
        print(f"[{label}] {task.get_name()} was cancelled")
    elif task.exception() is not None:
        print(f"[{label}] {task.get_name()} raised {task.exception()!r}")
    else:
        print(f"[{label}] {task.get_name()} returned {task.result()!r}")


async def job(kind: str) -> str:
    await asyncio.sleep(0.1)
    if kind == "bad":
        raise KeyError(kind)
    await asyncio.sleep(0.1)
    return kind.upper()


async def main() -> None:
    tasks = []
    for kind in ["good", "bad", "slow"]:
        t = asyncio.create_task(job(kind), name=f"job-{kind}")
        t.add_done_callback(partial(report, "cb"))
        tasks.append(t)
    await asyncio.sleep(0.15)
    tasks[2].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    await asyncio.sleep(0)
    print("removed callbacks:", tasks[0].remove_done_callback(report))


asyncio.run(main())
