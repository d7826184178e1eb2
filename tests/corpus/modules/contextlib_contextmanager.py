from contextlib import contextmanager


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("html"):
    with tag("body") as b:
        print("  content inside", b)

try:
    with tag("div"):
        raise ValueError("broken content")
except ValueError as e:
    print("caught:", e)


@contextmanager
def ignoring(exc_type):
    try:
        yield
    except exc_type as e:
        print("ignored", repr(e))


with ignoring(KeyError):
    {}["x"]
print("done")
