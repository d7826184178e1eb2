# The "never awaited" warning passes through the warnings filters: an
# "ignore" filter for RuntimeWarning silences it, "always" shows it each
# time at the same place, which the default shows once. (Reports follow
# sys.stderr, here stdout, so the comparison sees every line.)
import asyncio
import sys
import warnings

sys.stderr = sys.stdout


async def ping(n):
    await asyncio.sleep(0)


async def main():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        ping(1)
        await asyncio.sleep(0)
    print("ignored one")
    warnings.simplefilter("always")
    for i in range(2):
        ping(i)
    await asyncio.sleep(0)
    print("done")


asyncio.run(main())
