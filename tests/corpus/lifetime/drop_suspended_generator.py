def reader(name):
    print(f"{name}: open")
    try:
        yield "line 1"
        yield "line 2"
    finally:
        print(f"{name}: closed")


g = reader("file-a")
print(next(g))
g = None
print("after dropping the generator")
