import sys

n = sys.stdout.write("written without newline")
sys.stdout.write("\n")
print("write returned", n)
sys.stdout.write("a")
sys.stdout.write("b\n")
sys.stdout.flush()
print("to stdout explicitly", file=sys.stdout)
print("to stderr", file=sys.stderr)
sys.stderr.write("stderr via write\n")
print(sys.getrecursionlimit())
