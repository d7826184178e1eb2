import asyncio


def on_done(task):
    print("on_done called for", task.get_name())
    raise KeyError("callback bug")


async def job():
    return 5


async def main():
    t = asyncio.create_task(job(), name="job-task")
    t.add_done_callback(on_done)
    print("result:", await t)
    await asyncio.sleep(0)
    print("main end")


asyncio.run(main())
