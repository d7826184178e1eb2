async def main():
    try:
        await 42
    except TypeError as e:
        print("TypeError:", e)
    try:
        await [1, 2]
    except TypeError as e:
        print("TypeError:", e)
    return "done"


try:
    main().send(None)
except StopIteration as e:
    print(e.value)
