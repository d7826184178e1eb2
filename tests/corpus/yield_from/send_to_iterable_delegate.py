def outer():
    result = yield from [1, 2]
    print("delegation to a list returns", result)
    yield 3


g = outer()
print(next(g))
try:
    g.send("hello")
except AttributeError as e:
    print("AttributeError:", e)
