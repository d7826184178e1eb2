class Timer:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(f"enter {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name}: {exc_type.__name__ if exc_type else 'no error'}")
        return False


class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc, tb):
        return exc_type is not None and issubclass(exc_type, self.types)


with Timer("outer") as t1, Timer("inner") as t2:
    print("body", t1.name, t2.name)

with Suppress(KeyError):
    with Timer("inside suppress"):
        raise KeyError("x")
print("suppressed")

try:
    with Timer("failing"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e)
