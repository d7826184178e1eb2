import os
try:
    open("no_such_file.txt")
except FileNotFoundError as e:
    print(e, "|", e.errno, e.strerror, e.filename, repr(e), e.args)
except OSError as e:
    print("other", e)
try:
    with open(".") as f:
        pass
except IsADirectoryError as e:
    print(type(e).__name__, e.errno)
e = OSError(13, "Permission denied", "/etc/x")
print(type(e).__name__, e, isinstance(e, OSError), e.filename)
print(OSError("plain"), OSError("plain").errno, ConnectionRefusedError(111, "refused"))
for n in (2, 17, 110, 999):
    print(n, type(OSError(n, "m")).__name__)
try:
    raise FileExistsError(17, "File exists", "out.txt")
except OSError as e:
    print(e)
with open("w.txt", "x") as f:
    f.write("a")
try:
    open("w.txt", "x")
except FileExistsError as e:
    print(e)
os.remove("w.txt")
open("gone.txt")
