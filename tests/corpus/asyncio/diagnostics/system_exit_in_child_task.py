# sys.exit() in a task other than the main one ends the run with its code;
# the task keeps the exception, which nobody retrieves, so the loop's
# "Task exception was never retrieved" comes at exit.
import asyncio
import sys


async def checker():
    await asyncio.sleep(0.5)
    print("fatal condition, exiting")
    sys.exit(4)


async def main():
    asyncio.create_task(checker())
    try:
        await asyncio.sleep(10)
    finally:
        print("main finally")


asyncio.run(main())
