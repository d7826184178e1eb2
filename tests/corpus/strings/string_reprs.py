samples = [
    "plain",
    "it's",
    'say "hi"',
    "both ' and \"",
    "tab\there",
    "line\nbreak",
    "back\\slash",
    "",
    "unicode: é ß 中",
    "\x00\x7f",
    "emoji 🐍",
]
for s in samples:
    print(repr(s), len(s))
print(["a'b", 'c"d'])
print(("x",), ("x", "y"))
