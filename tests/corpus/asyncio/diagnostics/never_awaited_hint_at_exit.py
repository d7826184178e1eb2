# A second "never awaited" warning at exit, from sys:1, still gets the
# tracemalloc hint when an earlier one (which imported tracemalloc) did.
import asyncio

async def job():
    return 1

def schedule():
    return asyncio.create_task(job())

try:
    schedule()
except RuntimeError as e:
    print("RuntimeError:", e)
t = schedule()
