errors = [
    ValueError("bad value"),
    KeyError("missing"),
    KeyError(3),
    IndexError("list index out of range"),
    TypeError("a", "b"),
    RuntimeError(),
    StopIteration(5),
    ZeroDivisionError("division by zero"),
    Exception("with 'quotes'"),
    AttributeError("'NoneType' object has no attribute 'x'"),
]
for e in errors:
    print(f"{type(e).__name__:18} str={str(e)!r:45} repr={e!r}")
