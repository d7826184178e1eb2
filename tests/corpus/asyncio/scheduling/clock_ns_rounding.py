# The nanosecond clocks round the virtual time: after sleeps of 0.7 and
# 0.1 s (0.7999999999999999) they read 800000000, not 799999999.
import asyncio
import time


async def main():
    await asyncio.sleep(0.7)
    await asyncio.sleep(0.1)
    print(repr(time.monotonic()))
    print(time.monotonic_ns(), time.perf_counter_ns() // 10**6, time.time_ns() // 10**6)


asyncio.run(main())
