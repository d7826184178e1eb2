class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[0]}"


class NotFound(AppError):
    pass


def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise NotFound(404, f"missing {e}") from e


try:
    lookup({}, "x")
except AppError as e:
    print(e, repr(e), e.code, type(e.__cause__).__name__, e.__context__ is e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(repr(e.__context__), e.__suppress_context__)
try:
    raise RuntimeError("x") from None
except RuntimeError as e:
    print(e.__cause__, e.__suppress_context__)
for exc in [KeyError("k"), KeyError(), IndexError("list index out of range"), OSError(2, "No such file"), UnicodeError("u")]:
    print(type(exc).__name__, str(exc), repr(exc), exc.args)
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("assert:", e)


def deep(n):
    return deep(n + 1)


try:
    deep(0)
except RecursionError as e:
    print(e)
import traceback
try:
    {}["missing"]
except KeyError:
    s = traceback.format_exc()
    print(s.splitlines()[-1])
e = ValueError("bad")
print(e.with_traceback(None) is e, isinstance(e, Exception), ValueError.__mro__)
try:
    int("abc")
except (TypeError, ValueError) as e:
    print(e)
finally:
    print("finally")
lookup({"a": 1}, "b")
