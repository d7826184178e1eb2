import asyncio
import sys


def shutdown():
    print("shutdown callback calls sys.exit(4)")
    sys.exit(4)


async def main():
    asyncio.get_running_loop().call_later(0.5, shutdown)
    try:
        await asyncio.sleep(1)
    finally:
        print("main finally")


asyncio.run(main())
print("not printed")
