class Skip(Exception):
    pass


def inner():
    for i in range(5):
        try:
            yield i
        except Skip:
            print(f"  inner skipping after {i}")


def outer():
    yield from inner()
    yield "outer tail"


g = outer()
print(next(g))
print(g.throw(Skip))
print(g.throw(Skip))
print(list(g))
