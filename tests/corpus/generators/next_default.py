def small():
    yield 1
    yield 2


g = small()
print(next(g, "none"))
print(next(g, "none"))
print(next(g, "none"))
print(next(g, "none"))
print(next(iter([]), "empty list"))
