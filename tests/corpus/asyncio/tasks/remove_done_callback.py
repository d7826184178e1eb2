import asyncio


def announce(fut):
    print("announce:", fut.result())


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(announce)
    fut.add_done_callback(announce)
    fut.add_done_callback(print)
    removed = fut.remove_done_callback(announce)
    print("removed", removed, "callback(s)")
    removed = fut.remove_done_callback(print)
    print("removed", removed, "callback(s)")
    fut.set_result("ok")
    await fut
    await asyncio.sleep(0)
    print("done")


asyncio.run(main())
