def inner():
    try:
        yield "inner 1"
        yield "inner 2"
    finally:
        print("inner finally")


def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")


g = outer()
print(next(g))
g.close()
print("closed")
