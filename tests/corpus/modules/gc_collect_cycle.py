import gc


def gen(name):
    try:
        yield 1
    finally:
        print(f"{name}: finally")


class Holder:
    pass


h = Holder()
h.self_ref = h
h.g = gen("cyclic")
next(h.g)
del h
print("deleted the holder (still in a cycle)")
gc.collect()
print("after gc.collect()")
