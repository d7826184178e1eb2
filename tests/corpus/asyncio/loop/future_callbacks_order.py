import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    for i in range(3):
        fut.add_done_callback(lambda f, i=i: print(f"callback {i}: {f.result()}"))

    async def awaiter(name):
        print(f"{name} resumed with", await fut)

    t1 = asyncio.create_task(awaiter("task A"))
    t2 = asyncio.create_task(awaiter("task B"))
    await asyncio.sleep(0)
    loop.call_soon(print, "call_soon before set_result")
    fut.set_result("ready")
    print("set_result returned; nothing has run yet")
    await asyncio.gather(t1, t2)


asyncio.run(main())
