async def value():
    return 7


async def main(c):
    first = await c
    print("first await:", first)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)


shared = value()
m = main(shared)
try:
    m.send(None)
except StopIteration:
    print("main finished")
