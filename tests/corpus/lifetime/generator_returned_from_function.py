def make():
    def inner():
        try:
            yield "a"
            yield "b"
        finally:
            print("inner finally")

    g = inner()
    next(g)
    return g


g = make()
print("still alive:", next(g))
g = make()
print("replaced")
