# Programs run with nothing on standard input: sys.stdin reads as empty,
# iterating it yields nothing, and input() raises EOFError.
import sys

print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines())
for line in sys.stdin:
    print("never", line)
print(sys.stdin is sys.__stdin__, sys.stdin.isatty())
try:
    input("prompt> ")
except EOFError as e:
    print("\nEOFError:", e)
name = input("name? ")
