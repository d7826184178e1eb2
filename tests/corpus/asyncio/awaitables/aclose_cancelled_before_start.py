# An async generator dropped at the end of main is closed by a task that
# asyncio.run cancels before its first step: the CancelledError enters the
# generator, and CPython 3.11's aclose() then throws GeneratorExit into the
# `await` in its `finally`, so the rest of the cleanup never runs.
import asyncio


async def stream():
    try:
        for i in range(100):
            await asyncio.sleep(0.01)
            yield i
    finally:
        print("cleanup starts")
        try:
            await asyncio.sleep(0.05)
        except BaseException as e:
            print("cleanup interrupted by", type(e).__name__)
            raise
        print("cleanup finished")


async def main():
    s = stream()
    print(await anext(s))
    print("main end")


asyncio.run(main())
print("after run")
