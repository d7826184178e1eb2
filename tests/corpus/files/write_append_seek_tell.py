filename = "notes.txt"
with open(filename, "w") as f:
    f.write("first line\n")
    f.write("second line\n")
    n = f.write("third\n")
    print("wrote", n)
with open(filename) as f:
    content = f.read()
print(repr(content))
with open(filename, "a") as f:
    print("appended", 42, sep=": ", file=f)
    f.writelines(["x\n", "y\n"])
with open(filename, "r") as f:
    lines = f.readlines()
print(lines)
with open(filename) as f:
    for i, line in enumerate(f, 1):
        print(f"{i:>3}: {line.rstrip()}")
with open(filename) as f:
    print(repr(f.readline()), f.tell())
    print(repr(f.read(6)), f.tell())
    f.seek(0)
    print(repr(f.read(5)))
    f.seek(0, 2)
    print(f.tell(), repr(f.read()))
print(f.closed, f.name, f.mode)
with open(filename) as f:
    print(sum(1 for _ in f), "lines")
with open(filename) as f:
    words = f.read().split()
print(len(words), words[:3])
with open(filename, "w") as f:
    pass
print(repr(open(filename).read()))
import os
os.remove(filename)
with open("missing.txt") as f:
    print(f.read())
