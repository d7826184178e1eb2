def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("caught value")
        raise


try:
    f()
except ExceptionGroup as e:
    print(repr(e), [repr(x) for x in e.exceptions])


def g():
    try:
        raise ValueError("plain")
    except* ValueError:
        raise


try:
    g()
except BaseException as e:
    print(type(e).__name__, repr(e), getattr(e, "exceptions", None))
import sys
try:
    raise ValueError("plain")
except* ValueError as eg:
    print(repr(eg), repr(sys.exc_info()[1]))
try:
    raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
except* ValueError as eg:
    print(repr(eg), repr(sys.exc_info()[1]))
except* KeyError as eg:
    print(repr(eg))
