s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
t = s.strip()
print(t.upper(), t.lower(), t.title(), t.swapcase(), t.capitalize())
print(t.replace("World", "Python"), t.replace("l", "L", 2))
print(t.find("o"), t.rfind("o"), t.find("zz"), t.index("W"), t.count("l"))
print(t.startswith("Hell"), t.endswith("!"), t.startswith(("x", "H")))
print("-".join(["a", "b", "c"]), "".join(reversed("stressed")))
print("a,b,,c".split(","), " spaced  out ".split(), "x".split(","))
print("hello world".title(), "42".isdigit(), "abc".isalpha(), " ".isspace())
print("snake_case_name".replace("_", " ").title().replace(" ", ""))
print("--ab--".strip("-"), "xxhixx".lstrip("x"), "www.example.com".removeprefix("www."))
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
