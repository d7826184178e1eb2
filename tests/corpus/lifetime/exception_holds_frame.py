def gen():
    try:
        yield 1
    finally:
        print("gen finally")


def fail():
    g = gen()
    next(g)
    raise ValueError("boom")


try:
    fail()
except ValueError as e:
    print("caught", e)
print("after except block")
