import asyncio

state = {"count": 0}


async def watcher(cond):
    async with cond:
        await cond.wait_for(lambda: state["count"] >= 3)
        print(f"watcher: count reached {state['count']} at {asyncio.get_running_loop().time():.1f}")


async def incrementer(cond):
    for _ in range(4):
        await asyncio.sleep(0.5)
        async with cond:
            state["count"] += 1
            print("incremented to", state["count"])
            cond.notify_all()


async def main():
    cond = asyncio.Condition()
    await asyncio.gather(watcher(cond), incrementer(cond))
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
