import types
U = int | str
print(U, type(U), U.__args__, int | None, None | int, int | int, (int | str) | float)
print(isinstance(3, U), isinstance(3.0, U), isinstance(None, int | None), issubclass(bool, int | str))
print(U == (str | int), hash(U) == hash(str | int))
class A: pass
print(A | None, list[int] | None)
try:
    int | 3
except TypeError as e:
    print(e)
def f(x: int | None = None) -> list[str] | None:
    return None
print(f.__annotations__ if False else "ok")
