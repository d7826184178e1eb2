# A start beyond the end of the string finds nothing, not even "".
s = "abc"
print(s.find("", 3), s.find("", 5), s.rfind("", 4), s.count("", 5), s.count("", 3))
print(s.startswith("", 3), s.startswith("", 4), s.endswith("", 5), s.endswith(("x", ""), 2))
try:
    s.index("", 4)
except ValueError as e:
    print("ValueError:", e)
