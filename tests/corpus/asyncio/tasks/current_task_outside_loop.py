# current_task() and all_tasks() ask for the running loop first: called
# before asyncio.run they raise as get_running_loop() does.
import asyncio

for fn in (asyncio.current_task, asyncio.all_tasks):
    try:
        fn()
    except RuntimeError as e:
        print(f"{fn.__name__}(): RuntimeError: {e}")


async def main():
    me = asyncio.current_task()
    print(me is asyncio.current_task(asyncio.get_running_loop()))
    print(len(asyncio.all_tasks()))

asyncio.run(main())
