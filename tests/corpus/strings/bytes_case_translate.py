# bytes case methods, expandtabs, translate and maketrans (ASCII only).
print(b"Hello world".title(), b"hELLO".capitalize(), b"AbC".swapcase(), b"Ab Cd".istitle(), b"aB".istitle(), b"\xff".isascii(), b"".isascii())
print(b"a\tbc\td\nx\ty".expandtabs(4), b"a\tb".expandtabs())
t = bytes.maketrans(b"abc", b"xyz")
print(b"aabbcc".translate(t), b"aabbcc".translate(t, b"b"), b"abc".translate(None, b"a"), len(t))
try:
    b"x".translate(b"short")
except ValueError as e:
    print(e)
bytes.maketrans(b"ab", b"c")
