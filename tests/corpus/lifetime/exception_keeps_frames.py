# An exception kept in a variable keeps the frames it left, and what their
# locals hold, until it is dropped; a handled one lets go at the end of the
# except block.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def inner():
    n = Noisy("inner local")
    raise KeyError("k")


def outer():
    m = Noisy("outer local")
    inner()


saved = None
try:
    outer()
except KeyError as e:
    print("caught", e)
    saved = e
print("after first except")
saved = None
print("after dropping it")
try:
    outer()
except KeyError:
    print("caught again")
print("after second except")


def gen():
    n = Noisy("gen local")
    yield 1
    raise ValueError("from gen")


g = gen()
next(g)
try:
    next(g)
except ValueError as e:
    print("gen raised", e)
print("end")
