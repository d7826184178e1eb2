parts = []
for i in range(5):
    parts.append(f"item{i}")
print(", ".join(parts))

s = ""
for word in ["build", "a", "string"]:
    s += word + " "
print(repr(s.rstrip()))
print("=" * 10)
print("ab" * 3, 3 * "-", "x" * 0 == "")
print("Hello" " " "World")
path = "/".join(["usr", "local", "bin"])
print(path, path.count("/"), path.upper().split("/"))
print("%s" % [1, 2], str([1, 2]) == repr([1, 2]))
