async def ticker(n):
    for i in range(n):
        yield i * 10
    print("ticker exhausted")


agen = ticker(3)
print(type(agen).__name__)
while True:
    step = agen.__anext__()
    try:
        step.send(None)
    except StopIteration as e:
        print("value:", e.value)
    except StopAsyncIteration:
        print("StopAsyncIteration")
        break
