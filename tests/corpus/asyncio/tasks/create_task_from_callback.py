import asyncio


async def spawned(label):
    print(f"spawned task {label} runs")


def on_timer(loop):
    print("timer callback: creating a task")
    loop.create_task(spawned("from callback"))


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.1, on_timer, loop)
    await asyncio.sleep(0.2)
    print("main done")


asyncio.run(main())
