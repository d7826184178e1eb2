s = "  Hello, World! Hello!  "
print(s.strip().split(", "), s.count("Hello"), s.find("World"), s.rfind("Hello"), s.index("W"))
print(s.title(), s.swapcase(), s.casefold(), "ß".upper(), "ǅ".lower(), "hello world".capitalize())
print("a-b-c".rsplit("-", 1), "a\tb\nc  d".split(), "1,2,,3".split(","), "x".join("abc"), "".join([]))
print("abc".center(9, "*"), "abc".ljust(6, "."), "abc".rjust(6), "42".zfill(5), "-42".zfill(6), "+7".zfill(4))
print("Hello".startswith(("He", "x")), "file.tar.gz".endswith(".gz"), "file.tar.gz".partition("."), "file.tar.gz".rpartition("."))
print("abc123".isalnum(), "abc".isalpha(), "123".isdigit(), "½".isnumeric(), "²".isdigit(), "   ".isspace(), "Title Case".istitle(), "snake_case".isidentifier())
print("tab\there".expandtabs(4), repr("line1\nline2\r\n".splitlines(True)), "a b".replace(" ", "_", 1), "aaa".replace("a", "b", 2))
print("%s is %d years and %.1f%%" % ("Bob", 30, 99.5), "{:>{w}}".format("r", w=5), "{0}{1}{0}".format("a", "b"), "{name}".format_map({"name": "N"}))
print(str(123), str(1.0), str(None), str([1, "a"]), repr("it's"), repr('say "hi"'), repr("both ' \""), ascii("café"), repr("\x00\t\u2028"))
print(ord("€"), chr(8364), "€".encode("utf-8"), len("naïve"), "naïve"[::-1], "abcdef"[1:5:2], "abc"[-10:10])
print(sorted("banana"), sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a", "B"], key=str.lower), max("abc"), min(["bb", "a"], key=len))
print("Python" * 2, "=" * 20, f"{'x' * 3}", "a" < "b" < "c", "abc" in "xabcx", "z" not in "abc")
print("word " * 3, " ".join(reversed("one two three".split())), "hello world".title().swapcase())
print("{:,}".format(1234567), "{:.3}".format("abcdef"), "{:^10.2f}|".format(3.14159), "{!r}".format("x"), "{:e}".format(12345.678), "{:+d}".format(5))
print("%5s|%-5s|%05.1f|%c|%o|%X|%e|%g" % ("a", "b", 3.14159, 65, 8, 255, 1234.5, 0.00001234))
print("a,b;c d".translate(str.maketrans(",;", "  ")).split(), "hello".removeprefix("he"), "hello".removesuffix("lo"))
text = """Line one
    Line two
Line three"""
for i, line in enumerate(text.splitlines(), 1):
    print(f"{i:>3}: {line!r}")
print(str.upper("x"), "ab".__len__(), "abc".__contains__("b"), "a".__add__("b"), "%(a)s-%(b)s" % {"a": 1, "b": 2})
