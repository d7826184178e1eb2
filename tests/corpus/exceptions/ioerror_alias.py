# IOError and EnvironmentError are OSError under older names (PEP 3151).
print(IOError is OSError, EnvironmentError is OSError)
try:
    raise IOError("disk full")
except EnvironmentError as e:
    print(type(e).__name__, e)
try:
    raise FileNotFoundError(2, "No such file", "x.txt")
except IOError as e:
    print(repr(e), e.errno, e.filename)
