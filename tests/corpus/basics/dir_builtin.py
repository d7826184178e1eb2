import math
class A:
    x = 1
    def __init__(self):
        self.y = 2
    def meth(self):
        pass
class B(A):
    def other(self):
        pass
def f(a, b=2):
    c = 3
    print(dir())
f(1)
print([n for n in dir(B()) if not n.startswith("_")])
print([n for n in dir(A) if not n.startswith("__")])
print([n for n in dir(math) if n.startswith("s")])
def g():
    yield 1
print([n for n in dir(g()) if not n.startswith("_")])
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir("") if not n.startswith("_")][:10])
print([n for n in dir({}) if not n.startswith("_")])
class C:
    def __dir__(self):
        return ["z", "a"]
print(dir(C()))
print("__init__" in dir(A), "y" in dir(A()), "__dict__" in dir(A()))
