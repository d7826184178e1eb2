from contextlib import suppress

with suppress(FileNotFoundError, KeyError):
    print("inside suppress")
    {}["missing"]
    print("not printed")
print("after suppress")

with suppress(KeyError):
    print("no error here")

try:
    with suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped:", e)
