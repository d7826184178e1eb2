import asyncio


def report(task):
    print(f"callback: {task.get_name()} -> {task.result()}")


def second(task):
    print(f"second callback for {task.get_name()}")


async def job(x):
    await asyncio.sleep(0.1)
    print(f"job {x} finishing")
    return x + 1


async def main():
    t = asyncio.create_task(job(1), name="job-1")
    t.add_done_callback(report)
    t.add_done_callback(second)
    await t
    print("main resumed after await")
    await asyncio.sleep(0)
    t.add_done_callback(report)
    print("added a callback to a finished task")
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
