def sub(n):
    total = 0
    for i in range(n):
        total += i
        yield i
    return total


def main():
    a = yield from sub(3)
    print(f"sub(3) returned {a}")
    b = yield from sub(4)
    print(f"sub(4) returned {b}")
    return a + b


g = main()
items = []
while True:
    try:
        items.append(next(g))
    except StopIteration as stop:
        print("main returned", stop.value)
        break
print(items)
