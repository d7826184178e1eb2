async def leaf(n):
    print(f"  leaf({n})")
    return n


async def middle(n):
    a = await leaf(n)
    b = await leaf(n + 1)
    return a + b


async def top():
    total = 0
    for i in range(3):
        total += await middle(i)
    return total


c = top()
try:
    c.send(None)
    print("suspended?!")
except StopIteration as e:
    print("completed in a single send:", e.value)
