x = "global"


def outer():
    x = "enclosing"

    def inner():
        return x

    def local():
        x = "local"
        return x

    def builtin():
        return abs(-1)

    return inner(), local(), builtin()


print(outer())
print(x)


def f():
    return y


y = "defined after f"
print(f())
