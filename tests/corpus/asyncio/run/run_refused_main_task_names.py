# asyncio.run() given something that is not a coroutine raises ValueError,
# but (as CPython's Runner makes its loop on entry) the loop it made is
# still shut down first: those shutdown steps take task names, so the next
# run's main task is not "Task-1".
import asyncio


async def main():
    print(asyncio.current_task().get_name())


for bad in (main, 5, None):
    try:
        asyncio.run(bad)
    except ValueError as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])
asyncio.run(main())
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print(e)
