# re.error positions point at the start of the faulty construct.
import re

for pattern in ["(", "[", "*", "+a", "a)", "x(", "ab[", "a**", "[^", "(a|b"]:
    try:
        re.compile(pattern)
        print(repr(pattern), "compiled")
    except re.error as e:
        print(repr(pattern), "->", e, "| pos", e.pos)
for bad in (1, None):
    try:
        re.match(bad, "a")
    except TypeError as e:
        print(repr(bad), "->", e)
