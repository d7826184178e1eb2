import asyncio


async def compute():
    await asyncio.sleep(0)
    return "computed without a loop"


c = compute()
print("first send yields:", c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("second send finishes:", e.value)


async def needs_loop():
    await asyncio.sleep(1)


c = needs_loop()
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
