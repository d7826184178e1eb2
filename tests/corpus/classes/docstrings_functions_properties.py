def f():
    """Return nothing.

    More text.
    """


class C:
    """A class."""

    def m(self):
        "method doc"

    @property
    def p(self):
        """The p."""
        return 1


print(repr(f.__doc__), C.__doc__, C.m.__doc__, C().m.__doc__, C.p.__doc__)
print(C.p.fget.__name__, C.p.fset)
