# Objects die in the order CPython's deallocators drop them: lists and
# tuples from the end, dicts and instance attributes in order, a suspended
# generator's locals in order (its list before the loop variable that still
# holds the list's last item), a closure's cells from the end.
class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


d = {"a": D(1), "b": D(2), "c": D(3)}
del d
print("-- dict")
t = (D(1), D(2), D(3))
del t
print("-- tuple")


class Box:
    pass


b = Box()
b.x, b.y, b.z = D(1), D(2), D(3)
del b
print("-- instance")


def outer():
    a, b = D(1), D(2)
    return lambda: (a, b)


f = outer()
del f
print("-- closure")


def broadcast():
    targets = [D(7), D(8), D(9)]
    while True:
        item = yield
        for t in targets:
            pass


g = broadcast()
next(g)
g.send("x")
g.close()
print("-- closed generator")
g = broadcast()
next(g)
g.send("x")
del g
print("-- dropped generator")
