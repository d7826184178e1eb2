import sys


def handler():
    try:
        int("nope")
    except ValueError:
        print("logging the error, then re-raising")
        raise


try:
    handler()
except ValueError as e:
    print("outer caught:", e)

try:
    raise KeyError("k")
except KeyError:
    exc_type, exc, _ = sys.exc_info()
    print(exc_type.__name__, exc)
print(sys.exc_info())
