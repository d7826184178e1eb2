# BaseException.add_note: __notes__, the type check, and the notes printed
# after the exception line, by traceback and for an uncaught exception.
try:
    e = ValueError("bad")
    e.add_note("first note")
    e.add_note("second\nmultiline")
    raise e
except ValueError as err:
    print(err.__notes__)
try:
    ValueError().add_note(3)
except TypeError as t:
    print(t)
import traceback
try:
    raise KeyError("k")
except KeyError as err:
    err.add_note("while loading config")
    print("".join(traceback.format_exception_only(type(err), err)), end="")
raise RuntimeError("top").with_traceback(None) if False else e
