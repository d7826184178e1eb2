class A:
    __slots__ = ("a",)
a = A()
print(hasattr(a, "__dict__"), "__dict__" in dir(A), A.__dict__.get("__dict__"))
