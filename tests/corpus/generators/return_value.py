def produce():
    yield "a"
    yield "b"
    return "finished"


g = produce()
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
try:
    next(g)
except StopIteration as e:
    print("again:", repr(e.value))


def empty():
    return 42
    yield


try:
    next(empty())
except StopIteration as e:
    print("empty returned", e.value, e.args)
