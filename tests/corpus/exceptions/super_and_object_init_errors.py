# super() and object.__init__ misuse.
def show(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__, e)

def no_args():
    return super()

def with_arg(x):
    return super()

class A:
    def __init__(self):
        super().__init__(1)

class B:
    pass

class C:
    def __new__(cls, *args):
        return super().__new__(cls)

show("super() in a function without arguments", no_args)
show("super() in a function with one", lambda: with_arg(1))
show("object.__init__ with an argument", A)
show("B(1)", lambda: B(1))
show("C(1)", lambda: type(C(1)).__name__)
show("object.__init__(B(), 1)", lambda: object.__init__(B(), 1))
