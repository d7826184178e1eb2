import sys
class ValidationError(Exception):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field
class NotFound(LookupError):
    pass
def load(key):
    try:
        return {"a": 1}[key]
    except KeyError as e:
        raise NotFound(f"no {key}") from e
try:
    load("b")
except NotFound as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, isinstance(e, LookupError))
try:
    raise ValidationError("age", "negative")
except Exception as e:
    print(e, e.args, e.field, type(e).__mro__[1].__name__)
def f():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("bad")
try:
    f()
except ValueError as e:
    print(repr(e.__context__), e.__cause__)
try:
    try:
        raise TypeError("inner")
    finally:
        print("finally runs")
except TypeError as e:
    print("outer caught", e)
def g():
    try:
        return "try"
    finally:
        print("cleanup")
print(g())
e = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
try:
    raise e
except* ValueError as eg:
    print("values", eg.exceptions)
except* TypeError as eg:
    print("types", eg.exceptions)
print(e.subgroup(lambda x: isinstance(x, ValueError)), e.split(TypeError))
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    {}["k"]
except KeyError as e:
    print(e, repr(e), str(e))
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    f(1, 2)
except TypeError as e:
    print(e)
try:
    import nonexistent_mod
except ImportError as e:
    print(type(e).__name__, e, e.name)
e = ValueError("x")
e.add_note("note 1")
print(e.__notes__)
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t, v, tb is not None)
class Ctx:
    def __enter__(self): print("enter"); return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return True
with Ctx() as c:
    raise RuntimeError("suppressed")
print("after with")
import contextlib
with contextlib.suppress(ZeroDivisionError):
    1/0
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    finally:
        print(f"</{name}>")
with tag("b") as n, tag("i"):
    print("body", n)
with contextlib.ExitStack() as st:
    for i in range(2):
        st.enter_context(tag(f"x{i}"))
    st.callback(print, "callback")
raise SystemExit(3)
