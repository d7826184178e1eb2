# SystemExit raised inside asyncio.run: the runner consumes the task's
# exception (no "never retrieved"), the loop shuts down, and the process
# exits with the code, printing nothing more.
import asyncio


async def ticker():
    try:
        while True:
            await asyncio.sleep(0.5)
            print("tick")
    finally:
        print("ticker cleaned up")


async def main():
    asyncio.create_task(ticker())
    await asyncio.sleep(1.2)
    print("exiting")
    raise SystemExit(3)


try:
    asyncio.run(main())
finally:
    print("after run")
