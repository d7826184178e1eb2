import asyncio


async def leaf():
    print("      leaf: awaiting sleep(1)")
    await asyncio.sleep(1)
    print("      leaf: back")
    return 1


async def middle():
    print("    middle: awaiting leaf()")
    value = await leaf()
    return value + 1


async def top():
    print("  top: awaiting middle()")
    value = await middle()
    return value + 1


async def main():
    # One task, three coroutine frames stacked on each other: while leaf()
    # waits, the whole chain is suspended and the loop runs other things.
    task = asyncio.create_task(top())
    await asyncio.sleep(0)
    print("main: task done?", task.done(), "- suspended in top, middle, leaf")
    print("main: result", await task)


asyncio.run(main())
