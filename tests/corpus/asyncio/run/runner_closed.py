# A closed Runner refuses to run again ("Runner is closed"), and close()
# twice is fine; get_loop() makes the loop on first use.
import asyncio


async def job(n: int) -> int:
    await asyncio.sleep(n)
    return n * 2


runner = asyncio.Runner()
loop = runner.get_loop()
print(loop.is_closed(), runner.run(job(1)))
runner.close()
runner.close()
print(loop.is_closed())
coro = job(2)
try:
    runner.run(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
    coro.close()
try:
    runner.get_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
