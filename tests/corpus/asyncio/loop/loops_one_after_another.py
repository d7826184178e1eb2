# Loops made one after another keep their own handles and state; after
# asyncio.run has reset the policy, get_event_loop() makes no new loop.
import asyncio

async def work(tag, n):
    await asyncio.sleep(n)
    print(tag, "done at", asyncio.get_running_loop().time())
    return tag

loop = asyncio.get_event_loop()
print(loop.run_until_complete(work("a", 1)))
print(asyncio.run(work("b", 2)))
print(loop.is_closed(), loop.run_until_complete(work("c", 0.5)))
other = asyncio.new_event_loop()
fut = other.create_future()
other.call_later(1, fut.set_result, "from other")
print(other.run_until_complete(fut))
print(fut.get_loop() is other, fut.get_loop() is loop)
loop.call_soon(print, "queued on first loop")
t = loop.create_task(work("d", 1))
other.close()
print(other.is_closed(), loop.is_closed())
loop.run_until_complete(t)
try:
    other.run_until_complete(work("e", 1))
except RuntimeError as e:
    print("RuntimeError:", e)
with asyncio.Runner() as runner:
    print(runner.run(work("f", 1)))
    print(runner.get_loop().is_running())
print(asyncio.get_event_loop() is loop)
