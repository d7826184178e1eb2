# Task.all_tasks and Task.current_task were removed in 3.9: the error
# names the C type, '_asyncio.Task'.
import asyncio


async def main():
    for name in ("all_tasks", "current_task"):
        try:
            getattr(asyncio.Task, name)()
        except AttributeError as e:
            print(e)
    try:
        asyncio.Future.nope
    except AttributeError as e:
        print(e)
    print(len(asyncio.all_tasks()), asyncio.current_task().get_name())


asyncio.run(main())
