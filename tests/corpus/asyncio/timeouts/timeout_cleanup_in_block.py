import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.5):
            try:
                await asyncio.sleep(5)
            except asyncio.CancelledError:
                print(f"inside the block: CancelledError at {loop.time():.1f}")
                raise
            finally:
                print("block finally")
    except TimeoutError as e:
        print("outside: TimeoutError", repr(e), "caused by", type(e.__cause__).__name__)


asyncio.run(main())
