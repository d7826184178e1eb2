import os, sys, io
print(__name__, sys.argv[0], os.path.basename(__file__), os.path.splitext("a/b.tar.gz"), os.path.join("a", "b", "c.txt"))
with open("out_test.txt", "w") as f:
    f.write("line1\nline2\n")
    print("printed", 42, sep="|", end="!\n", file=f)
    f.writelines(["x\n", "y\n"])
with open("out_test.txt") as f:
    print(f.readline(), end="")
    print(f.read().splitlines())
with open("out_test.txt", "a") as f:
    f.write("appended\n")
with open("out_test.txt") as f:
    for i, line in enumerate(f, 1):
        print(i, line.rstrip())
print(os.path.exists("out_test.txt"), os.path.getsize("out_test.txt"), os.path.isfile("out_test.txt"), os.path.isdir("."))
os.remove("out_test.txt")
print(os.path.exists("out_test.txt"))
buf = io.StringIO()
print("to buffer", file=buf)
buf.write("more")
print(repr(buf.getvalue()))
s = io.StringIO("a\nb\nc")
print(s.readlines(), list(io.StringIO("p\nq")))
print(os.getcwd() == os.path.abspath("."), os.sep, os.path.dirname("/x/y/z.py"), os.path.normpath("a//b/../c"))
try:
    open("does_not_exist.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e)
sys.stdout.write("direct\n")
print("err line", file=sys.stderr)
print(*[1, 2, 3], sep=", ")
print()
print("a", "b", sep="")
print(sys.version_info[:2] >= (3, 8), sys.maxsize, type(sys.version))
print(os.environ.get("NOPE_NOT_SET", "default"))
if __name__ == "__main__":
    print("main guard")
