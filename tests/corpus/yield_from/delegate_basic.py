def inner():
    yield 1
    yield 2


def outer():
    yield "start"
    yield from inner()
    yield from [3, 4]
    yield from "ab"
    yield from range(5, 7)
    yield "end"


print(list(outer()))
