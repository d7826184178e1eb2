# __cause__ and __context__ take an exception or None; anything else is
# a TypeError as in CPython.
e = ValueError("x")
for attr in ("__cause__", "__context__"):
    try:
        setattr(e, attr, 1)
    except TypeError as err:
        print(err)
e.__cause__ = KeyError("k")
print(repr(e.__cause__), e.__suppress_context__)
e.__cause__ = None
print(e.__cause__)
e.__context__ = None
print(e.__context__)
