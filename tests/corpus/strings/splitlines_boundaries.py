# Every line boundary CPython's str.splitlines knows, with and without ends.
text = "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l"
print(text.splitlines())
print(text.splitlines(keepends=True))
print(b"a\x0bb\rc".splitlines())
