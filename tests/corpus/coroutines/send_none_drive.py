async def add(a, b):
    print(f"adding {a} and {b}")
    return a + b


async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return x * y


coro = compute()
print(type(coro).__name__)
try:
    coro.send(None)
except StopIteration as e:
    print("result:", e.value)
