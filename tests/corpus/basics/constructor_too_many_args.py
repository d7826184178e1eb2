# The builtin types' constructors take one positional argument at most.
tests = [lambda: list(1, 2), lambda: tuple(1, 2), lambda: set("a", "b"), lambda: float(1, 2),
         lambda: bool(1, 2), lambda: dict({}, {}), lambda: list("ab"), lambda: dict([(1, 2)], x=3)]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except TypeError as e:
        print(i, "TypeError", e)

class L(list):
    def __init__(self, a, b):
        super().__init__([a, b])

class T(tuple):
    pass

print(L(1, 2))
T(1, 2)
